namespace CredChain.Issuer.Storage;

/// <summary>An open bulk insert. Disposing without <see cref="CompleteAsync"/> abandons what was written.</summary>
internal interface ICredentialBulkSink : IAsyncDisposable
{
    Task WriteAsync(IReadOnlyList<CredentialRecord> records, CancellationToken cancellationToken);

    Task CompleteAsync(CancellationToken cancellationToken);
}
