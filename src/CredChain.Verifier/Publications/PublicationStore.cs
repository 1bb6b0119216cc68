using System.Security.Cryptography;
using CredChain.Core.Sharing;
using CredChain.Verifier.Shares;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CredChain.Verifier.Publications;

/// <summary>
/// Stores and withdraws issuer-published shares in the share store (same table, same ciphertext-only rule). A published
/// share carries its publisher's name and cannot be deleted with a holder's token (it gets an unguessable one nobody
/// holds); its publisher, or the holder with the withdrawal code whose hash the publisher sent, withdraws it, which wipes
/// the ciphertext and leaves a tombstone that answers 410 naming who withdrew it.
/// </summary>
internal sealed partial class PublicationStore(ShareDbContext db, ShareStore shares, TimeProvider time, IOptions<ShareOptions> shareOptions, ILogger<PublicationStore> logger)
{
    private const string CreateLockSql = "SELECT pg_advisory_xact_lock(4242003001)";

    /// <summary>Compared against when a share has no withdrawal code, so a refusal takes the same time either way.</summary>
    private static readonly byte[] NoCode = new byte[32];

    public async Task<(PublishOutcome Outcome, int Created, int Existing)> PublishAsync(
        string publisher, IReadOnlyList<(string Id, byte[] Ciphertext, byte[]? WithdrawalHash)> items, DateTimeOffset expiresAt, CancellationToken cancellationToken)
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

        foreach (var (id, ciphertext, withdrawalHash) in fresh)
        {
            db.Shares.Add(new ShareRecord
            {
                Id = id,
                Ciphertext = ciphertext,
                DeleteTokenHash = RandomNumberGenerator.GetBytes(32),
                CreatedAtMs = now,
                ExpiresAtMs = expiresAt.ToUnixTimeMilliseconds(),
                Publisher = publisher,
                HolderWithdrawalCodeHash = withdrawalHash,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogPublished(logger, publisher, fresh.Count, taken.Count);
        return (PublishOutcome.Published, fresh.Count, taken.Count);
    }

    /// <summary>
    /// Withdraws a published share for its publisher: null when no share has this id, false when another publisher (or a
    /// holder) owns it. A share the holder withdrew first stays withdrawn by the holder.
    /// </summary>
    public async Task<(bool? Withdrawn, DateTimeOffset At, ShareWithdrawer By)> WithdrawAsync(string publisher, string id, CancellationToken cancellationToken)
    {
        var record = await db.Shares.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (record is null)
        {
            return (null, default, default);
        }

        if (record.Publisher != publisher)
        {
            return (false, default, default);
        }

        var (at, by) = await WithdrawAsync(record, ShareWithdrawer.Issuer, cancellationToken);
        LogWithdrawn(logger, publisher, id);
        return (true, at, by);
    }

    /// <summary>
    /// Withdraws a published share for its holder, who presents the withdrawal code: NotFound, BadToken (wrong code, or a
    /// share that has none), or Withdrawn (also when it already was, by anyone: idempotent). The hashes are compared in
    /// fixed time.
    /// </summary>
    public async Task<(ShareState State, DateTimeOffset At, ShareWithdrawer By)> WithdrawByHolderAsync(string id, string code, CancellationToken cancellationToken)
    {
        var record = await db.Shares.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (record is null)
        {
            return (ShareState.NotFound, default, default);
        }

        var presented = ShareCode.Normalize(code) is { } normalized ? ShareCode.WithdrawalHash(normalized) : new byte[32];
        var stored = record.HolderWithdrawalCodeHash ?? NoCode;
        if (!CryptographicOperations.FixedTimeEquals(stored, presented) || record.HolderWithdrawalCodeHash is null)
        {
            LogHolderRefused(logger, id);
            return (ShareState.BadToken, default, default);
        }

        var (at, by) = await WithdrawAsync(record, ShareWithdrawer.Holder, cancellationToken);
        LogHolderWithdrew(logger, id);
        return (ShareState.Withdrawn, at, by);
    }

    /// <summary>Wipes the ciphertext and records who withdrew it and when, durably; the first withdrawal is the one kept.</summary>
    private async Task<(DateTimeOffset At, ShareWithdrawer By)> WithdrawAsync(ShareRecord record, ShareWithdrawer by, CancellationToken cancellationToken)
    {
        if (record.WithdrawnAtMs is null)
        {
            record.WithdrawnAtMs = time.GetUtcNow().ToUnixTimeMilliseconds();
            record.WithdrawnBy = by;
        }

        record.Ciphertext = null;
        await db.SaveChangesAsync(cancellationToken);
        return (DateTimeOffset.FromUnixTimeMilliseconds(record.WithdrawnAtMs.Value), record.WithdrawnBy ?? ShareWithdrawer.Issuer);
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Publisher {Publisher} published {Created} share(s) ({Existing} already published)")]
    private static partial void LogPublished(ILogger logger, string publisher, int created, int existing);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Publisher {Publisher} withdrew share {ShareId}")]
    private static partial void LogWithdrawn(ILogger logger, string publisher, string shareId);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Information, Message = "The holder withdrew share {ShareId}")]
    private static partial void LogHolderWithdrew(ILogger logger, string shareId);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Warning, Message = "Holder withdrawal of share {ShareId} refused: wrong withdrawal code")]
    private static partial void LogHolderRefused(ILogger logger, string shareId);
}
