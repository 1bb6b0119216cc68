using CredChain.Issuer.Accounts;
using CredChain.Issuer.Storage;
using Microsoft.EntityFrameworkCore;

namespace CredChain.Issuer.Anchoring;

/// <summary>
/// Fails the open work of issuer accounts this service holds no key for (an account removed from
/// <c>Issuer:Accounts</c> while it had work): credentials still waiting are closed into a batch first, so every one of
/// them reports <c>failed</c> with <see cref="FailureCodes.NoSigningKey"/> instead of waiting unseen. A batch written
/// ahead keeps its signed transaction, so a retry after the key is back reconciles by its hash.
/// </summary>
internal sealed partial class OrphanedWorkSweeper(
    IServiceScopeFactory scopes, IssuerAccountRegistry accounts, IAccountLocks locks, BatchCloser closer, WorkFailures failures, ILogger<OrphanedWorkSweeper> logger)
{
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var hosted = accounts.All.Select(a => a.Address).ToList();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IssuerDbContext>();
        foreach (var orphan in await FindAsync(db, hosted, cancellationToken))
        {
            var lease = await locks.TryAcquireAsync(orphan, cancellationToken);
            if (lease is null)
            {
                continue;
            }

            await using (lease)
            {
                LogOrphaned(logger, orphan);
                await closer.CloseDueAsync(db, orphan, all: true, cancellationToken);
                var failure = new WorkFailure(FailureCodes.NoSigningKey, null, $"This service holds no key for the issuer account {orphan}.");
                await failures.FailBatchesAsync(db.Batches.Where(b => b.IssuerAddress == orphan), failure, cancellationToken);
                await failures.FailRevocationsAsync(db.Revocations.Where(r => r.IssuerAddress == orphan), failure, cancellationToken);
            }
        }
    }

    private static async Task<IReadOnlyCollection<string>> FindAsync(IssuerDbContext db, List<string> hosted, CancellationToken cancellationToken)
    {
        var batches = await db.Batches
            .Where(b => (b.State == BatchState.Pending || b.State == BatchState.Anchoring) && !hosted.Contains(b.IssuerAddress))
            .Select(b => b.IssuerAddress).Distinct().ToListAsync(cancellationToken);
        var revocations = await db.Revocations
            .Where(r => (r.State == OperationState.Pending || r.State == OperationState.Sending) && !hosted.Contains(r.IssuerAddress))
            .Select(r => r.IssuerAddress).Distinct().ToListAsync(cancellationToken);
        var unbatched = await db.Credentials
            .Where(c => c.BatchId == null && c.State == CredentialState.Pending && !hosted.Contains(c.IssuerAddress))
            .Select(c => c.IssuerAddress).Distinct().ToListAsync(cancellationToken);
        return batches.Union(revocations).Union(unbatched).ToHashSet(StringComparer.Ordinal);
    }

    [LoggerMessage(EventId = 1801, Level = LogLevel.Warning, Message = "Issuer account {Account} has open work but no key in this service's configuration: failing it (no_signing_key)")]
    private static partial void LogOrphaned(ILogger logger, string account);
}
