using CredChain.Issuer.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CredChain.Issuer.Anchoring;

/// <summary>Groups single credentials into batches: per issuer, when MaxBatchSize are pending or the oldest has waited BatchWindow.</summary>
internal sealed partial class BatchCloser(IOptions<AnchoringOptions> options, TimeProvider timeProvider, ILogger<BatchCloser> logger)
{
    /// <summary>Closes what is due and returns how long until the next batch could be due (null when nothing is pending).</summary>
    public async Task<TimeSpan?> CloseDueAsync(IssuerDbContext db, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var window = (long)options.Value.BatchWindow.TotalMilliseconds;
        var pending = await db.Credentials.AsNoTracking()
            .Where(c => c.BatchId == null && c.State == CredentialState.Pending)
            .GroupBy(c => c.IssuerAddress)
            .Select(g => new { Issuer = g.Key, Count = g.Count(), Oldest = g.Min(c => c.AcceptedAtMs) })
            .ToListAsync(cancellationToken);

        TimeSpan? next = null;
        foreach (var group in pending)
        {
            if (group.Count >= options.Value.MaxBatchSize || now - group.Oldest >= window)
            {
                await CloseAsync(db, group.Issuer, now, cancellationToken);
                next = TimeSpan.Zero;
            }
            else
            {
                var wait = TimeSpan.FromMilliseconds(group.Oldest + window - now);
                next = next is null || wait < next ? wait : next;
            }
        }

        return next;
    }

    private async Task CloseAsync(IssuerDbContext db, string issuer, long now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = await db.Credentials.AsNoTracking()
            .Where(c => c.BatchId == null && c.State == CredentialState.Pending && c.IssuerAddress == issuer)
            .OrderBy(c => c.AcceptedAtMs).ThenBy(c => c.Id)
            .Select(c => c.Id)
            .Take(options.Value.MaxBatchSize)
            .ToListAsync(cancellationToken);
        var batch = new BatchRecord
        {
            Id = Guid.CreateVersion7(),
            IssuerAddress = issuer,
            State = BatchState.Pending,
            FromUpload = false,
            CredentialCount = ids.Count,
            CreatedAtMs = now,
        };
        db.Batches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);
        await db.Credentials.Where(c => ids.Contains(c.Id) && c.BatchId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.BatchId, batch.Id), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        LogClosed(logger, batch.Id, ids.Count, issuer);
    }

    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "Batch {BatchId} closed with {Count} credentials of {Issuer}")]
    private static partial void LogClosed(ILogger logger, Guid batchId, int count, string issuer);
}
