using CredChain.Issuer.Accounts;
using CredChain.Issuer.Storage;
using Microsoft.Extensions.Options;

namespace CredChain.Issuer.Anchoring;

/// <summary>
/// One round of one account's lane, under the account's lock: close due batches, take the next item, run it. A
/// deterministic failure (see <see cref="DeterministicFailures"/>) fails that item and the lane goes on; any other
/// exception leaves the item as it is and reaches the lane, which backs off and tries again.
/// </summary>
internal sealed class LaneRound(
    IServiceScopeFactory scopes,
    IAccountLocks locks,
    BatchCloser closer,
    BatchAnchorer anchorer,
    RevocationSender revocations,
    WorkFailures failures,
    IOptions<AnchoringOptions> options)
{
    public async Task<LaneStep> RunAsync(IssuerAccount account, bool preferRevocation, CancellationToken cancellationToken)
    {
        var idle = options.Value.IdlePoll;
        var lease = await locks.TryAcquireAsync(account.Address, cancellationToken);
        if (lease is null)
        {
            // Another instance is working this account right now.
            return new LaneStep(idle, preferRevocation, Worked: false);
        }

        await using (lease)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IssuerDbContext>();
            var nextWindow = await closer.CloseDueAsync(db, account.Address, all: false, cancellationToken);
            switch (await WorkQueue.NextAsync(db, account.Address, preferRevocation, cancellationToken))
            {
                case { Batch: { } batch }:
                    await AnchorAsync(db, batch, account, cancellationToken);
                    return new LaneStep(TimeSpan.Zero, PreferRevocation: true, Worked: true);
                case { Revocation: { } revocation }:
                    await SendAsync(db, revocation, account, cancellationToken);
                    return new LaneStep(TimeSpan.Zero, PreferRevocation: false, Worked: true);
                default:
                    return new LaneStep(nextWindow is { } due && due < idle ? due : idle, preferRevocation, Worked: false);
            }
        }
    }

    private async Task AnchorAsync(IssuerDbContext db, BatchRecord batch, IssuerAccount account, CancellationToken cancellationToken)
    {
        try
        {
            await anchorer.AnchorAsync(db, batch, account, cancellationToken);
        }
        catch (Exception ex) when (DeterministicFailures.Classify(ex) is { } failure)
        {
            db.ChangeTracker.Clear();
            await failures.FailBatchesAsync(db.Batches.Where(b => b.Id == batch.Id), failure, cancellationToken);
        }
    }

    private async Task SendAsync(IssuerDbContext db, RevocationRecord revocation, IssuerAccount account, CancellationToken cancellationToken)
    {
        try
        {
            await revocations.SendAsync(db, revocation, account, cancellationToken);
        }
        catch (Exception ex) when (DeterministicFailures.Classify(ex) is { } failure)
        {
            db.ChangeTracker.Clear();
            await failures.FailRevocationsAsync(db.Revocations.Where(r => r.Id == revocation.Id), failure, cancellationToken);
        }
    }
}
