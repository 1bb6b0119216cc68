using System.Diagnostics;
using CredChain.Ethereum.Errors;
using CredChain.Relay.Options;
using Microsoft.Extensions.Options;

namespace CredChain.Relay.Following;

/// <summary>
/// One round for one member: settle the stored checkpoint in flight, if any; otherwise build, store and post the next
/// one. A failure (either network down, a revert) ends the round and is retried in the next: nothing is skipped
/// because the next range always starts where the hub's last one ended.
/// </summary>
internal sealed class MemberFollower(
    HubSide hub,
    Storage.RelayStore store,
    CheckpointBuilder builder,
    CheckpointPoster poster,
    RelayStatus status,
    IOptions<RelayOptions> options,
    ILogger<MemberFollower> logger)
{
    /// <summary>Runs one round; true when it anchored or settled something (so another round may follow at once).</summary>
    public async Task<bool> StepAsync(MemberChain member, CancellationToken cancellationToken)
    {
        try
        {
            var progressed = await StepCoreAsync(member, cancellationToken);
            status.Succeeded(member.Options.Key);
            return progressed;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var message = exception is ContractRevertException revert ? $"{revert.Code}: {revert.Message}" : exception.Message;
            RelayLog.StepFailed(logger, member.Options.Key, exception.GetType().Name, message);
            status.Failed(member.Options.Key, message);
            return false;
        }
    }

    private async Task<bool> StepCoreAsync(MemberChain member, CancellationToken cancellationToken)
    {
        var pending = await store.GetPendingAsync(member.Options.Key, cancellationToken);
        if (pending is not null)
        {
            return await poster.SettleAsync(member, pending, cancellationToken);
        }

        var onHub = await hub.Registry.GetMemberAsync(member.Ref, cancellationToken: cancellationToken);
        if (!onHub.Registered)
        {
            RelayLog.MemberNotRegistered(logger, member.Options.Key);
            return false;
        }

        var row = await builder.BuildAsync(member, onHub, cancellationToken);
        if (row is null)
        {
            return false;
        }

        RelayLog.CheckpointBuilt(logger, member.Options.Key, row.Sequence, row.FromBlock, row.ToBlock, row.TransactionHash);
        if (options.Value.CrashAfterBuild)
        {
            // The drill: die the hardest way (SIGKILL to ourselves) with the checkpoint stored and not sent.
            RelayLog.CrashDrill(logger, member.Options.Key, row.Sequence);
            Process.GetCurrentProcess().Kill();
        }

        return await poster.SettleAsync(member, row, cancellationToken);
    }
}
