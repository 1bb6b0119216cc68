using System.Security.Cryptography;
using CredChain.Core.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CredChain.Verifier.Shares;

/// <summary>Creates, reads, deletes and purges shares. Holds ciphertext only; it cannot decrypt anything.</summary>
internal sealed partial class ShareStore(ShareDbContext db, TimeProvider time, IOptions<ShareOptions> options, ILogger<ShareStore> logger)
{
    /// <summary>Serializes share creates across connections (and portal instances); released at commit or rollback.</summary>
    private const string CreateLockSql = "SELECT pg_advisory_xact_lock(4242003001)";

    /// <summary>
    /// Stores a share unless its id is taken or it would take the live shares past <see cref="ShareOptions.MaxLiveShares"/>
    /// or <see cref="ShareOptions.MaxTotalCiphertextBytes"/>. Creates take turns (SQLite: one writer per transaction;
    /// PostgreSQL: a transaction-scoped advisory lock), so the check and the insert see every committed create and the
    /// caps hold exactly, however many portal instances share the database.
    /// </summary>
    public async Task<(ShareCreateOutcome Outcome, ShareCreated? Share)> CreateAsync(string id, byte[] ciphertext, int expiryDays, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var expiresAt = now.AddDays(expiryDays);
        var token = CrockfordBase32.Encode(RandomNumberGenerator.GetBytes(32));

        // SQLite: Microsoft.Data.Sqlite begins IMMEDIATE, taking the write lock before the reads below.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db is PostgresShareDbContext)
        {
            await db.Database.ExecuteSqlRawAsync(CreateLockSql, cancellationToken);
        }

        if (await db.Shares.AsNoTracking().AnyAsync(s => s.Id == id, cancellationToken))
        {
            return (ShareCreateOutcome.Exists, null);
        }

        var (count, bytes) = await LiveUsageAsync(now.ToUnixTimeMilliseconds(), cancellationToken);
        var o = options.Value;
        if (count + 1 > o.MaxLiveShares || bytes + ciphertext.Length > o.MaxTotalCiphertextBytes)
        {
            LogStoreFull(logger, count, bytes, o.MaxLiveShares, o.MaxTotalCiphertextBytes);
            return (ShareCreateOutcome.StoreFull, null);
        }

        db.Shares.Add(new ShareRecord
        {
            Id = id,
            Ciphertext = ciphertext,
            DeleteTokenHash = HashToken(token),
            CreatedAtMs = now.ToUnixTimeMilliseconds(),
            ExpiresAtMs = expiresAt.ToUnixTimeMilliseconds(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Lost a race with another request for the same id (80-bit codes make this all but impossible).
            return (ShareCreateOutcome.Exists, null);
        }

        LogCreated(logger, id, expiresAt);
        return (ShareCreateOutcome.Created, new ShareCreated(id, token, DateTimeOffset.FromUnixTimeMilliseconds(expiresAt.ToUnixTimeMilliseconds())));
    }

    /// <summary>How many shares are live (not expired, ciphertext not wiped) and how many ciphertext bytes they hold.</summary>
    public async Task<(int Count, long Bytes)> LiveUsageAsync(long nowMs, CancellationToken cancellationToken)
    {
        var usage = await db.Shares.AsNoTracking()
            .Where(s => s.Ciphertext != null && s.ExpiresAtMs > nowMs)
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Bytes = g.Sum(s => (long)s.Ciphertext!.Length) })
            .SingleOrDefaultAsync(cancellationToken);
        return usage is null ? (0, 0) : (usage.Count, usage.Bytes);
    }

    public async Task<ShareLookup> GetAsync(string id, CancellationToken cancellationToken)
    {
        var record = await db.Shares.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (record is null)
        {
            return new ShareLookup(ShareState.NotFound, null, null);
        }

        var expiresAt = DateTimeOffset.FromUnixTimeMilliseconds(record.ExpiresAtMs);
        if (record.WithdrawnAtMs is not null)
        {
            return new ShareLookup(ShareState.Withdrawn, null, expiresAt, record.WithdrawnBy ?? ShareWithdrawer.Issuer);
        }

        return record.Ciphertext is null || expiresAt <= time.GetUtcNow()
            ? new ShareLookup(ShareState.Expired, null, expiresAt)
            : new ShareLookup(ShareState.Available, record.Ciphertext, expiresAt);
    }

    public async Task<ShareState> DeleteAsync(string id, string token, CancellationToken cancellationToken)
    {
        var record = await db.Shares.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (record is null)
        {
            return ShareState.NotFound;
        }

        if (!CryptographicOperations.FixedTimeEquals(record.DeleteTokenHash, HashToken(token)))
        {
            return ShareState.BadToken;
        }

        db.Shares.Remove(record);
        await db.SaveChangesAsync(cancellationToken);
        LogDeleted(logger, id);
        return ShareState.Deleted;
    }

    /// <summary>Wipes the ciphertext of expired shares and forgets tombstones past their retention.</summary>
    public async Task<(int Wiped, int Forgotten)> PurgeAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var forgetBefore = now - (long)options.Value.TombstoneRetention.TotalMilliseconds;
        var wiped = await db.Shares.Where(s => s.ExpiresAtMs <= now && s.Ciphertext != null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Ciphertext, (byte[]?)null), cancellationToken);
        var forgotten = await db.Shares.Where(s => s.ExpiresAtMs <= forgetBefore).ExecuteDeleteAsync(cancellationToken);
        if (wiped + forgotten > 0)
        {
            LogPurged(logger, wiped, forgotten);
        }

        return (wiped, forgotten);
    }

    private static byte[] HashToken(string token) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token));

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Share {ShareId} created, expires {ExpiresAt:o}")]
    private static partial void LogCreated(ILogger logger, string shareId, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Share {ShareId} deleted by its holder")]
    private static partial void LogDeleted(ILogger logger, string shareId);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Share store full: {Count} live shares hold {Bytes} bytes (caps {MaxShares} shares, {MaxBytes} bytes); refusing new shares")]
    private static partial void LogStoreFull(ILogger logger, int count, long bytes, int maxShares, long maxBytes);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Purged shares: {Wiped} ciphertexts wiped, {Forgotten} tombstones forgotten")]
    private static partial void LogPurged(ILogger logger, int wiped, int forgotten);
}
