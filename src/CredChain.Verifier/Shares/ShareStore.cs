using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CredChain.Verifier.Shares;

/// <summary>Creates, reads, deletes and purges shares. Holds ciphertext only; it cannot decrypt anything.</summary>
internal sealed partial class ShareStore(ShareDbContext db, TimeProvider time, IOptions<ShareOptions> options, ILogger<ShareStore> logger)
{
    public async Task<ShareCreated?> CreateAsync(string id, byte[] ciphertext, int expiryDays, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var expiresAt = now.AddDays(expiryDays);
        var token = Base32.Encode(RandomNumberGenerator.GetBytes(32));
        db.Shares.Add(new ShareRecord
        {
            Id = id,
            Ciphertext = ciphertext,
            DeleteTokenHash = HashToken(token),
            CreatedAtMs = now.ToUnixTimeMilliseconds(),
            ExpiresAtMs = expiresAt.ToUnixTimeMilliseconds(),
        });
        if (await db.Shares.AsNoTracking().AnyAsync(s => s.Id == id, cancellationToken))
        {
            return null;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Lost a race with another request for the same id (80-bit codes make this all but impossible).
            return null;
        }

        LogCreated(logger, id, expiresAt);
        return new ShareCreated(id, token, DateTimeOffset.FromUnixTimeMilliseconds(expiresAt.ToUnixTimeMilliseconds()));
    }

    public async Task<ShareLookup> GetAsync(string id, CancellationToken cancellationToken)
    {
        var record = await db.Shares.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (record is null)
        {
            return new ShareLookup(ShareState.NotFound, null, null);
        }

        var expiresAt = DateTimeOffset.FromUnixTimeMilliseconds(record.ExpiresAtMs);
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

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Purged shares: {Wiped} ciphertexts wiped, {Forgotten} tombstones forgotten")]
    private static partial void LogPurged(ILogger logger, int wiped, int forgotten);
}
