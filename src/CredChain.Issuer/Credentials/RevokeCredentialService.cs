using System.Security.Claims;
using CredChain.Issuer.Anchoring;
using CredChain.Issuer.Errors;
using CredChain.Issuer.Storage;

namespace CredChain.Issuer.Credentials;

/// <summary>Revoking one anchored credential: stored as a pending revocation (durable before the 202), sent by the anchoring worker.</summary>
internal sealed class RevokeCredentialService(IssuerDbContext db, AnchoringSignal signal, TimeProvider timeProvider)
{
    public async Task<Results<Accepted<AcceptedRevocation>, ProblemHttpResult>> RevokeAsync(
        Guid id, RevokeRequest body, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (body.Reason is < 1 or > 255)
        {
            return ApiProblems.BadRequest(ProblemCatalogue.ValidationFailed, "Invalid reason", "reason must be a code from 1 to 255.");
        }

        var (record, problem) = await CredentialAccess.FindAsync(db, id, user, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        // A repeated request is answered with the revocation already under way (or done): never a second transaction.
        if (await RevocationRequests.ActiveForCredentialAsync(db, id, cancellationToken) is { } active)
        {
            return RevocationRequests.Accepted(active, replayed: true);
        }

        var batch = await CredentialAccess.BatchAsync(db, record!.BatchId, cancellationToken);
        var state = CredentialStates.Of(record, batch);
        if (state != CredentialState.Anchored || record.BatchId is null)
        {
            return ApiProblems.Conflict(ProblemCatalogue.InvalidState, $"Only an anchored credential can be revoked; this one is {state.ToString().ToLowerInvariant()}.");
        }

        var (revocation, replayed) = await RevocationRequests.CreateAsync(db, new RevocationRecord
        {
            Id = Guid.CreateVersion7(),
            IssuerAddress = record.IssuerAddress,
            BatchId = record.BatchId.Value,
            CredentialId = record.Id,
            Reason = body.Reason,
            State = OperationState.Pending,
            CreatedAtMs = timeProvider.GetUtcNow().ToUnixTimeMilliseconds(),
        }, cancellationToken);
        signal.Notify();
        return RevocationRequests.Accepted(revocation, replayed);
    }
}
