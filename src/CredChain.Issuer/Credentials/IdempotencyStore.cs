using CredChain.Issuer.Storage;
using Microsoft.EntityFrameworkCore;

namespace CredChain.Issuer.Credentials;

/// <summary>
/// Idempotency-Key records, per issuer account: the key, the SHA-256 of the request it came with and the credential it
/// created. Written in the same transaction as the credential, so a key never points at nothing.
/// </summary>
internal static class IdempotencyStore
{
    public static Task<IdempotencyRecord?> FindAsync(IssuerDbContext db, string issuer, string key, CancellationToken cancellationToken) =>
        db.IdempotencyKeys.AsNoTracking().FirstOrDefaultAsync(i => i.IssuerAddress == issuer && i.Key == key, cancellationToken);

    /// <summary>Adds the record to <paramref name="db"/>'s unit of work; the caller's SaveChanges stores it with the credential.</summary>
    public static void Add(IssuerDbContext db, string issuer, string key, byte[] requestHash, Guid credentialId, DateTimeOffset now) =>
        db.IdempotencyKeys.Add(new IdempotencyRecord
        {
            IssuerAddress = issuer,
            Key = key,
            RequestHash = requestHash,
            CredentialId = credentialId,
            CreatedAtMs = now.ToUnixTimeMilliseconds(),
        });
}
