using System.Security.Cryptography;
using CredChain.Verifier.Shares;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CredChain.Verifier.Publications;

/// <summary>
/// Stores and withdraws issuer-published shares in the share store (same table, same ciphertext-only rule). A published
/// share carries its publisher's name and cannot be deleted with a holder's token (it gets an unguessable one nobody
/// holds); only its publisher withdraws it, which wipes the ciphertext and leaves a tombstone that answers 410.
/// </summary>
internal sealed partial class PublicationStore(ShareDbContext db, ShareStore shares, TimeProvider time, IOptions<ShareOptions> shareOptions, ILogger<PublicationStore> logger)
{
    private const string CreateLockSql = "SELECT pg_advisory_xact_lock(4242003001)";

    public async Task<(PublishOutcome Outcome, int Created, int Existing)> PublishAsync(
        string publisher, IReadOnlyList<(string Id, byte[] Ciphertext)> items, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db is PostgresShareDbContext)
        {
            await db.Database.ExecuteSqlRawAsync(CreateLockSql, cancellationToken);
        }

        var ids = items.Select(i => i.Id).ToList();
        var existing = await db.Shares.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Publisher }).ToListAsync(cancellationToken);
        if (existing.Any(e => e.Publisher != publisher))
        {
            return (PublishOutcome.Conflict, 0, 0);
        }

        var taken = existing.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var fresh = items.Where(i => !taken.Contains(i.Id)).DistinctBy(i => i.Id).ToList();
        var (count, bytes) = await shares.LiveUsageAsync(now, cancellationToken);
        var o = shareOptions.Value;
        if (count + fresh.Count > o.MaxLiveShares || bytes + fresh.Sum(f => (long)f.Ciphertext.Length) > o.MaxTotalCiphertextBytes)
        {
            return (PublishOutcome.StoreFull, 0, 0);
        }

        foreach (var (id, ciphertext) in fresh)
        {
            db.Shares.Add(new ShareRecord
            {
                Id = id,
                Ciphertext = ciphertext,
                DeleteTokenHash = RandomNumberGenerator.GetBytes(32),
                CreatedAtMs = now,
                ExpiresAtMs = expiresAt.ToUnixTimeMilliseconds(),
                Publisher = publisher,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogPublished(logger, publisher, fresh.Count, taken.Count);
        return (PublishOutcome.Published, fresh.Count, taken.Count);
    }

    /// <summary>Withdraws a published share: null when no share has this id, false when another publisher (or a holder) owns it.</summary>
    public async Task<(bool? Withdrawn, DateTimeOffset At)> WithdrawAsync(string publisher, string id, CancellationToken cancellationToken)
    {
        var record = await db.Shares.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (record is null)
        {
            return (null, default);
        }

        if (record.Publisher != publisher)
        {
            return (false, default);
        }

        record.WithdrawnAtMs ??= time.GetUtcNow().ToUnixTimeMilliseconds();
        record.Ciphertext = null;
        await db.SaveChangesAsync(cancellationToken);
        LogWithdrawn(logger, publisher, id);
        return (true, DateTimeOffset.FromUnixTimeMilliseconds(record.WithdrawnAtMs.Value));
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Publisher {Publisher} published {Created} share(s) ({Existing} already published)")]
    private static partial void LogPublished(ILogger logger, string publisher, int created, int existing);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Publisher {Publisher} withdrew share {ShareId}")]
    private static partial void LogWithdrawn(ILogger logger, string publisher, string shareId);
}
