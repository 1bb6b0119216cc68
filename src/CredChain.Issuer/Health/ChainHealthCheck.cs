using CredChain.Issuer.Anchoring;
using CredChain.Issuer.Chain;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CredChain.Issuer.Health;

/// <summary>
/// Degraded (not unhealthy: requests are still accepted and kept) when the node does not answer, answers with another
/// chain id, or the worker's last round failed.
/// </summary>
internal sealed class ChainHealthCheck(ChainGateway chain, ChainStatus status, IOptions<ChainOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (lastError, failures, _) = status.Snapshot();
        var data = new Dictionary<string, object> { ["expectedChainId"] = options.Value.ChainId, ["workerConsecutiveFailures"] = failures };
        if (lastError is not null)
        {
            data["workerLastError"] = lastError;
        }

        long chainId;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            chainId = await chain.GetChainIdAsync(timeout.Token);
        }
#pragma warning disable CA1031 // Any failure to reach the node is reported, not thrown.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            data["error"] = ex.GetType().Name;
            return HealthCheckResult.Degraded("Chain node unreachable; credentials are accepted and will be anchored when it returns.", data: data);
        }

        data["chainId"] = chainId;
        if (chainId != options.Value.ChainId)
        {
            return HealthCheckResult.Degraded($"The node reports chain id {chainId}, not the configured {options.Value.ChainId}.", data: data);
        }

        return failures > 0
            ? HealthCheckResult.Degraded("Chain node reachable, but the last anchoring round failed; retrying.", data: data)
            : HealthCheckResult.Healthy("Chain node reachable.", data);
    }
}
