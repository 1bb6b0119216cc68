using CredChain.Issuer.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CredChain.Issuer.Anchoring;

/// <summary>
/// Groups one account's single credentials into batches when MaxBatchSize are pending or the oldest has waited
/// BatchWindow. Runs inside the account's lane, under its lock, so two instances never close the same credentials.
/// </summary>
internal sealed partial class BatchCloser(IOptions<AnchoringOptions> options, TimeProvider timeProvider, ILogger<BatchCloser> logger)
{
    /// <summary>
    /// Closes what is due (everything when <paramref name="all"/>) and returns how long until the next batch could be
    /// due (null when nothing is waiting).
    /// </summary>
    public async Task<TimeSpan?> CloseDueAsync(IssuerDbContext db, string issuer, bool all, CancellationToken cancellationToken)
    {
        var window = (long)options.Value.BatchWindow.TotalMilliseconds;
        var max = options.Value.MaxBatchSize;
        while (true)
        {
            var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
            var waiting = Unbatched(db, issuer);
            var oldest = await waiting.MinAsync(c => (long?)c.AcceptedAtMs, cancellationToken);
            if (oldest is null)
            {
                return null;
            }

            if (!all && now - oldest < window && await waiting.OrderBy(c => c.AcceptedAtMs).Take(max).CountAsync(cancellationToken) < max)
            {
                return TimeSpan.FromMilliseconds(oldest.Value + window - now);
            }

            if (await CloseAsync(db, issuer, now, cancellationToken) == 0)
            {
                // Another writer claimed them between the read and the update: nothing of ours is waiting.
                return null;
            }
        }
    }

    private static IQueryable<CredentialRecord> Unbatched(IssuerDbContext db, string issuer) =>
        db.Credentials.AsNoTracking().Where(c => c.BatchId == null && c.State == CredentialState.Pending && c.IssuerAddress == issuer);

    private async Task<int> CloseAsync(IssuerDbContext db, string issuer, long now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = await Unbatched(db, issuer)
            .OrderBy(c => c.AcceptedAtMs).ThenBy(c => c.Id)
            .Select(c => c.Id)
            .Take(options.Value.MaxBatchSize)
            .ToListAsync(cancellationToken);
        var batchId = Guid.CreateVersion7();

        // The count is what the update claimed (batch_id IS NULL still guards each row), never what was read before it.
        var claimed = await db.Credentials.Where(c => ids.Contains(c.Id) && c.BatchId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.BatchId, batchId), cancellationToken);
        if (claimed == 0)
        {
            return 0;
        }

        db.Batches.Add(new BatchRecord
        {
            Id = batchId,
            IssuerAddress = issuer,
            State = BatchState.Pending,
            FromUpload = false,
            CredentialCount = claimed,
            CreatedAtMs = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        LogClosed(logger, batchId, claimed, issuer);
        return claimed;
    }

    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "Batch {BatchId} closed with {Count} credentials of {Issuer}")]
    private static partial void LogClosed(ILogger logger, Guid batchId, int count, string issuer);
}
