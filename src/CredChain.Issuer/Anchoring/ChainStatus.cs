namespace CredChain.Issuer.Anchoring;

/// <summary>What the worker last saw of the chain, for /health.</summary>
internal sealed class ChainStatus
{
    private readonly Lock _lock = new();
    private string? _lastError;
    private int _consecutiveFailures;
    private DateTimeOffset? _lastSuccess;

    public void Succeeded(DateTimeOffset at)
    {
        lock (_lock)
        {
            _lastError = null;
            _consecutiveFailures = 0;
            _lastSuccess = at;
        }
    }

    public void Failed(string error)
    {
        lock (_lock)
        {
            _lastError = error;
            _consecutiveFailures++;
        }
    }

    public (string? LastError, int ConsecutiveFailures, DateTimeOffset? LastSuccess) Snapshot()
    {
        lock (_lock)
        {
            return (_lastError, _consecutiveFailures, _lastSuccess);
        }
    }
}
