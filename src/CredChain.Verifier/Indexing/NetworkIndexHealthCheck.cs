using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CredChain.Verifier.Indexing;

/// <summary>
/// Degraded while a network's index is not current (verdicts then come from one eth_call each, or fail if the RPC is
/// down): the portal still answers, so this is never Unhealthy.
/// </summary>
internal sealed class NetworkIndexHealthCheck(NetworkIndexes indexes, ChainAnchorRegistry registry) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        var behind = new List<string>();
        foreach (var index in indexes.All)
        {
            data[index.Network.Key] = index.IndexedTo?.Number ?? -1;
            if (!registry.IsCurrent(index))
            {
                behind.Add(index.Network.Key);
            }
        }

        return Task.FromResult(behind.Count == 0
            ? HealthCheckResult.Healthy("Every network's event index is current.", data)
            : HealthCheckResult.Degraded($"Index not current for: {string.Join(", ", behind)}; lookups fall back to eth_call.", data: data));
    }
}
