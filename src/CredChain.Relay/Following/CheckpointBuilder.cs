using CredChain.Core.Checkpoints;
using CredChain.Ethereum.Hub;
using CredChain.Ethereum.Transactions;
using CredChain.Relay.Storage;
using Nethereum.Hex.HexConvertors.Extensions;

namespace CredChain.Relay.Following;

/// <summary>
/// Builds the next checkpoint of a member (the range after the hub's last one, up to the member's head minus its
/// finality depth), signs its hub transaction and stores both, in that order: a crash after this leaves a stored,
/// signed checkpoint that the next step sends or discards, never a second one for the same range.
/// </summary>
internal sealed class CheckpointBuilder(HubSide hub, RelayStore store, TimeProvider timeProvider)
{
    /// <summary>The stored checkpoint, or null when no finalized block is left to checkpoint.</summary>
    public async Task<CheckpointRow?> BuildAsync(MemberChain member, HubMember onHub, CancellationToken cancellationToken)
    {
        var head = await member.Head.GetHeadAsync(cancellationToken);
        var finality = (ulong)member.Options.FinalityDepth;
        if (head < finality || head - finality + 1 < onHub.NextFromBlock + (ulong)member.Options.MinRangeBlocks)
        {
            return null;
        }

        var from = onHub.NextFromBlock;
        var to = Math.Min(head - finality, from + (ulong)member.Options.MaxRangeBlocks - 1);
        var started = timeProvider.GetTimestamp();
        var entries = await member.Source.ReadAsync(from, to, cancellationToken);
        var block = await member.Head.GetBlockAsync(to, cancellationToken)
            ?? throw new InvalidOperationException($"Member {member.Options.Key} has no block {to} although its head is {head}.");
        var tree = CheckpointTree.Build(entries.Select(e => e.Entry));
        var draft = new CheckpointDraft(member.Ref, from, to, tree.Root.ToByteArray(), block.Hash.HexToByteArray(), block.Timestamp);
        var nonce = await hub.Transactions.GetNonceAsync(hub.Relay.Address, NonceBlock.Pending, cancellationToken);
        var signed = await hub.Registry.SignPostCheckpointAsync(hub.Relay, draft, nonce, cancellationToken);
        var row = new CheckpointRow
        {
            MemberKey = member.Options.Key,
            Sequence = checked((long)onHub.Checkpoints + 1),
            FromBlock = checked((long)from),
            ToBlock = checked((long)to),
            Root = tree.Root.ToString(),
            SourceBlockHash = block.Hash,
            SourceBlockTime = checked((long)block.Timestamp),
            State = CheckpointState.Signed,
            TransactionHash = signed.Hash.ToString(),
            Nonce = checked((long)signed.Nonce),
            RawTransaction = "0x" + Convert.ToHexStringLower(signed.RawTransaction),
            Entries = entries.Select(e => EntryMapping.ToRow(member.Options.Key, e)).ToList(),
        };
        await store.AddAsync(row, cancellationToken);
        BuildTime = timeProvider.GetElapsedTime(started);
        return row;
    }

    /// <summary>How long the last build took (reading events, hashing, signing, storing).</summary>
    public TimeSpan BuildTime { get; private set; }
}
