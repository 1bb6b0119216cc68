using CredChain.Issuer.Storage;
using Microsoft.EntityFrameworkCore;

namespace CredChain.Issuer.Anchoring;

/// <summary>
/// Picks one account's next item. Work already in flight (written ahead, its nonce taken) goes first so the account's
/// nonces settle in order; otherwise batches and revocations take turns, so neither kind waits behind a stream of the other.
/// Failed items are never picked: they wait for an operator's retry.
/// </summary>
internal static class WorkQueue
{
    public static async Task<WorkItem?> NextAsync(IssuerDbContext db, string issuer, bool preferRevocation, CancellationToken cancellationToken)
    {
        var batch = await db.Batches
            .Where(b => b.IssuerAddress == issuer && (b.State == BatchState.Anchoring || b.State == BatchState.Pending))
            .OrderByDescending(b => b.State).ThenBy(b => b.CreatedAtMs).ThenBy(b => b.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (batch?.State == BatchState.Anchoring)
        {
            return new WorkItem(batch, null);
        }

        var revocation = await db.Revocations
            .Where(r => r.IssuerAddress == issuer && (r.State == OperationState.Sending || r.State == OperationState.Pending))
            .OrderByDescending(r => r.State).ThenBy(r => r.CreatedAtMs).ThenBy(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return (batch, revocation) switch
        {
            (null, null) => null,
            (_, { State: OperationState.Sending }) or (null, _) => new WorkItem(null, revocation),
            (_, null) => new WorkItem(batch, null),
            _ => preferRevocation ? new WorkItem(null, revocation) : new WorkItem(batch, null),
        };
    }
}
