namespace CredChain.Issuer.Storage;

/// <summary>Inserts credentials in bulk inside the context's current transaction, bypassing the change tracker.</summary>
internal interface ICredentialBulkWriter
{
    Task<ICredentialBulkSink> OpenAsync(IssuerDbContext db, CancellationToken cancellationToken);
}
