using CredChain.Core.Hashing;
using CredChain.Ethereum.Transactions;
using CredChain.Relay.Storage;
using Nethereum.RPC.Eth.DTOs;

namespace CredChain.Relay.Following;

/// <summary>
/// Sends a stored checkpoint's signed transaction and settles it. Before anything is (re)sent, the hub is asked
/// first: a range the hub already holds is never posted again, and a stored checkpoint whose member block was
/// reorganised away, or whose nonce another transaction took, is discarded and built afresh.
/// </summary>
internal sealed class CheckpointPoster(HubSide hub, RelayStore store, RelayStatus status, ILogger<CheckpointPoster> logger)
{
    /// <summary>Settles <paramref name="row"/>; true when it is anchored or discarded, false while it is still in flight.</summary>
    public async Task<bool> SettleAsync(MemberChain member, CheckpointRow row, CancellationToken cancellationToken)
    {
        var onHub = await hub.Registry.GetMemberAsync(member.Ref, cancellationToken: cancellationToken);
        if (onHub.NextFromBlock > (ulong)row.FromBlock)
        {
            return await AdoptOrDiscardAsync(member, row, cancellationToken);
        }

        if (onHub.NextFromBlock < (ulong)row.FromBlock)
        {
            // The hub is behind what this row assumed (e.g. the hub chain was reset): the row can never be posted.
            return await DiscardAsync(member, row, "the hub expects an earlier range", cancellationToken);
        }

        var block = await member.Head.GetBlockAsync((ulong)row.ToBlock, cancellationToken);
        if (block is null || !string.Equals(block.Value.Hash, row.SourceBlockHash, StringComparison.OrdinalIgnoreCase))
        {
            RelayLog.MemberReorganised(logger, member.Options.Key, row.ToBlock);
            status.Reorgs.Add(1);
            return await DiscardAsync(member, row, "the member block it ends at was reorganised", cancellationToken);
        }

        var receipt = await hub.Transactions.GetReceiptAsync(Hash32.Parse(row.TransactionHash), cancellationToken);
        if (receipt is not null)
        {
            return await FromReceiptAsync(member, row, receipt, cancellationToken);
        }

        var confirmed = await hub.Transactions.GetNonceAsync(hub.Relay.Address, NonceBlock.Latest, cancellationToken);
        if (confirmed > row.Nonce)
        {
            return await DiscardAsync(member, row, "another transaction used its nonce", cancellationToken);
        }

        return await SendAsync(member, row, cancellationToken);
    }

    private async Task<bool> SendAsync(MemberChain member, CheckpointRow row, CancellationToken cancellationToken)
    {
        var signed = new SignedTransaction(Convert.FromHexString(row.RawTransaction.AsSpan(2)), Hash32.Parse(row.TransactionHash), row.Nonce, hub.Relay.Address, hub.Registry.Address, 0, 0);
        await hub.Transactions.SendRawAsync(signed, cancellationToken);
        RelayLog.CheckpointSent(logger, member.Options.Key, row.Sequence, row.FromBlock, row.ToBlock, row.TransactionHash);
        var receipt = await hub.Transactions.WaitForReceiptAsync(Hash32.Parse(row.TransactionHash), cancellationToken);
        return await FromReceiptAsync(member, row, receipt, cancellationToken);
    }

    private async Task<bool> FromReceiptAsync(MemberChain member, CheckpointRow row, TransactionReceipt receipt, CancellationToken cancellationToken)
    {
        if (receipt.Succeeded())
        {
            return await AdoptOrDiscardAsync(member, row, cancellationToken);
        }

        return await DiscardAsync(member, row, "its hub transaction failed", cancellationToken);
    }

    /// <summary>The hub holds the range starting at the row's block: keep the row only if it is exactly the hub's checkpoint.</summary>
    private async Task<bool> AdoptOrDiscardAsync(MemberChain member, CheckpointRow row, CancellationToken cancellationToken)
    {
        var checkpoint = await hub.Registry.GetCheckpointAsync(member.Ref, (ulong)row.Sequence, cancellationToken);
        var same = checkpoint.Exists
            && checkpoint.FromBlock == (ulong)row.FromBlock
            && checkpoint.ToBlock == (ulong)row.ToBlock
            && string.Equals(checkpoint.Root, row.Root, StringComparison.OrdinalIgnoreCase);
        if (!same)
        {
            return await DiscardAsync(member, row, "the hub holds another checkpoint for its range", cancellationToken);
        }

        await store.MarkAnchoredAsync(row.Id, cancellationToken);
        status.Anchored(member.Options.Key, row);
        RelayLog.CheckpointAnchored(logger, member.Options.Key, row.Sequence, row.FromBlock, row.ToBlock, row.Entries.Count);
        return true;
    }

    private async Task<bool> DiscardAsync(MemberChain member, CheckpointRow row, string reason, CancellationToken cancellationToken)
    {
        await store.DiscardAsync(row.Id, cancellationToken);
        RelayLog.CheckpointDiscarded(logger, member.Options.Key, row.Sequence, row.FromBlock, row.ToBlock, reason);
        return true;
    }
}
