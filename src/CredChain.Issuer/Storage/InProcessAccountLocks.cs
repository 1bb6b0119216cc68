namespace CredChain.Issuer.Storage;

/// <summary>
/// SQLite is one service instance by design: the worker already runs one lane per account, so in-process exclusion is
/// all that is needed (it also keeps the sweeper of orphaned work off a lane's account).
/// </summary>
internal sealed class InProcessAccountLocks : IAccountLocks
{
    private readonly Dictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public async Task<IAsyncDisposable?> TryAcquireAsync(string issuerAddress, CancellationToken cancellationToken)
    {
        SemaphoreSlim semaphore;
        lock (_gate)
        {
            if (!_locks.TryGetValue(issuerAddress, out semaphore!))
            {
                semaphore = new SemaphoreSlim(1, 1);
                _locks.Add(issuerAddress, semaphore);
            }
        }

        return await semaphore.WaitAsync(TimeSpan.Zero, cancellationToken) ? new Lease(semaphore) : null;
    }

    private sealed class Lease(SemaphoreSlim semaphore) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            semaphore.Release();
            return ValueTask.CompletedTask;
        }
    }
}
