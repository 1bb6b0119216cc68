using System.Security.Claims;
using CredChain.Issuer.Auth;
using CredChain.Issuer.Errors;
using CredChain.Issuer.Storage;
using Microsoft.EntityFrameworkCore;

namespace CredChain.Issuer.Credentials;

/// <summary>Loads a credential for a caller: 404 when it does not exist, 403 when it belongs to an issuer the caller does not act for.</summary>
internal static class CredentialAccess
{
    public static async Task<(CredentialRecord? Record, ProblemHttpResult? Problem)> FindAsync(
        IssuerDbContext db, Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var record = await db.Credentials.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (record is null)
        {
            return (null, ApiProblems.NotFound("credential"));
        }

        return user.ActsFor(record.IssuerAddress)
            ? (record, null)
            : (null, ApiProblems.Forbidden("The credential belongs to an issuer account the caller does not act for."));
    }

    /// <summary>A credential's batch, or null while it has none (its state and anchor come from it).</summary>
    public static async Task<BatchRecord?> BatchAsync(IssuerDbContext db, Guid? batchId, CancellationToken cancellationToken) =>
        batchId is { } id ? await db.Batches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken) : null;
}
