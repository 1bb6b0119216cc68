using CredChain.Relay.Following;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CredChain.Relay.Hosting;

/// <summary>Healthy when no member's last round failed; degraded (still serving proofs) naming the members that failed.</summary>
internal sealed class RelayHealthCheck(RelayStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var failing = status.Members.Where(m => m.Value.LastError is not null).Select(m => m.Key).Order(StringComparer.Ordinal).ToList();
        var data = status.Members.ToDictionary(m => m.Key, m => (object)m.Value.Sequence);
        return Task.FromResult(failing.Count == 0
            ? HealthCheckResult.Healthy("Every member's last round succeeded.", data)
            : HealthCheckResult.Degraded($"Last round failed for: {string.Join(", ", failing)}.", data: data));
    }
}
