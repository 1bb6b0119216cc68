namespace CredChain.Issuer.Storage;

/// <summary>
/// Makes one chain operation per issuer account exclusive across every service instance that shares the database
/// (nonces are per account, so this is all the ordering the chain needs).
/// </summary>
internal interface IAccountLocks
{
    /// <summary>The account's lock until disposed, or null when another instance holds it now.</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string issuerAddress, CancellationToken cancellationToken);
}
