using CredChain.Issuer.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CredChain.Issuer.Health;

/// <summary>Healthy when the database answers a query on the credentials table.</summary>
internal sealed class DatabaseHealthCheck(IssuerDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // Not yet anchored: credentials waiting for a batch, and the members of batches not anchored yet.
            var unbatched = await db.Credentials.CountAsync(c => c.BatchId == null && c.State == CredentialState.Pending, cancellationToken);
            var batched = await db.Batches.Where(b => b.State != BatchState.Anchored).SumAsync(b => b.CredentialCount, cancellationToken);
            var pending = unbatched + batched;
            return HealthCheckResult.Healthy("Database reachable.", new Dictionary<string, object> { ["pendingCredentials"] = pending });
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            return HealthCheckResult.Unhealthy("Database unreachable.", ex);
        }
    }
}
