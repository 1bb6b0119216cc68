using CredChain.Issuer.Storage;
using Microsoft.EntityFrameworkCore;

namespace CredChain.Issuer.Credentials;

/// <summary>
/// Stores revocation requests so that one credential (or batch) has at most one active revocation: the database's
/// unique partial index decides between concurrent requests, and every loser is answered with the winner.
/// </summary>
internal static class RevocationRequests
{
    public static Task<RevocationRecord?> ActiveForCredentialAsync(IssuerDbContext db, Guid credentialId, CancellationToken cancellationToken) =>
        db.Revocations.AsNoTracking().FirstOrDefaultAsync(r => r.CredentialId == credentialId && r.State != OperationState.Failed, cancellationToken);

    public static Task<RevocationRecord?> ActiveForBatchAsync(IssuerDbContext db, Guid batchId, CancellationToken cancellationToken) =>
        db.Revocations.AsNoTracking().FirstOrDefaultAsync(r => r.BatchId == batchId && r.CredentialId == null && r.State != OperationState.Failed, cancellationToken);

    /// <summary>The latest revocation of the credential or of its whole batch, in any state.</summary>
    public static Task<RevocationRecord?> LatestForCredentialAsync(IssuerDbContext db, Guid credentialId, Guid? batchId, CancellationToken cancellationToken) =>
        db.Revocations.AsNoTracking()
            .Where(r => r.CredentialId == credentialId || (batchId != null && r.BatchId == batchId && r.CredentialId == null))
            .OrderByDescending(r => r.CreatedAtMs).ThenByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Stores <paramref name="revocation"/>, or returns the active one a concurrent request stored first (Replayed).</summary>
    public static async Task<(RevocationRecord Revocation, bool Replayed)> CreateAsync(IssuerDbContext db, RevocationRecord revocation, CancellationToken cancellationToken)
    {
        db.Revocations.Add(revocation);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (revocation, false);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var winner = revocation.CredentialId is { } credentialId
                ? await ActiveForCredentialAsync(db, credentialId, cancellationToken)
                : await ActiveForBatchAsync(db, revocation.BatchId, cancellationToken);
            return winner is null ? throw new InvalidOperationException("The revocation was refused, and no active revocation explains why.") : (winner, true);
        }
    }

    /// <summary>The 202 naming <paramref name="r"/>, with its own address as the Location.</summary>
    public static Accepted<AcceptedRevocation> Accepted(RevocationRecord r, bool replayed) => TypedResults.Accepted(
        $"/api/v1/revocations/{r.Id}",
        new AcceptedRevocation(r.Id, r.BatchId, r.CredentialId, r.Reason, r.State, replayed, FailureInfo.Of(r.FailureCode, r.FailureError, r.LastError, r.FailedAtMs)));
}
