using CredChain.Core.Checkpoints;
using CredChain.Core.Hashing;
using CredChain.Ethereum.Governance;
using CredChain.Ethereum.Registry;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;

namespace CredChain.Relay.Following;

/// <summary>Reads a member network's registry and governance events of a block range as checkpoint entries.</summary>
internal sealed class MemberSource(CredentialRegistryClient registry, IssuerRegistryClient governance)
{
    public async Task<List<RelayEntry>> ReadAsync(ulong fromBlock, ulong toBlock, CancellationToken cancellationToken)
    {
        var range = new BlockRange(fromBlock, toBlock);
        var entries = new List<RelayEntry>();
        foreach (var e in await registry.GetRootAnchoredEventsAsync(range, cancellationToken))
        {
            var root = e.Event.Root.ToHex(true);
            entries.Add(new(CheckpointEntries.RootAnchored(e.BlockNumber, e.LogIndex, e.Event.Issuer, Hash32.FromBytes(e.Event.Root), e.Event.AnchoredAt), Lower(e.Event.Issuer), root));
        }

        foreach (var e in await registry.GetCredentialRevokedEventsAsync(range, cancellationToken))
        {
            var v = e.Event;
            var entry = CheckpointEntries.CredentialRevoked(e.BlockNumber, e.LogIndex, v.Issuer, Hash32.FromBytes(v.Root), Hash32.FromBytes(v.TargetHash), v.RevokedBy, v.Reason, v.RevokedAt);
            entries.Add(new(entry, Lower(v.Issuer), v.Root.ToHex(true), v.TargetHash.ToHex(true)));
        }

        foreach (var e in await registry.GetBatchRevokedEventsAsync(range, cancellationToken))
        {
            var v = e.Event;
            entries.Add(new(CheckpointEntries.BatchRevoked(e.BlockNumber, e.LogIndex, v.Issuer, Hash32.FromBytes(v.Root), v.RevokedBy, v.Reason, v.RevokedAt), Lower(v.Issuer), v.Root.ToHex(true)));
        }

        await ReadGovernanceAsync(range, entries, cancellationToken);
        return entries;
    }

    private async Task ReadGovernanceAsync(BlockRange range, List<RelayEntry> entries, CancellationToken cancellationToken)
    {
        foreach (var e in await governance.GetAccreditedEventsAsync(range, cancellationToken))
        {
            var v = e.Event;
            var entry = CheckpointEntries.IssuerAccredited(e.BlockNumber, e.LogIndex, v.Issuer, v.Institution, v.ValidFrom, v.ValidUntil, v.NameZh, v.NameEn, v.Domain);
            entries.Add(new(entry, Lower(v.Issuer), Texts: string.Join('\n', v.NameZh, v.NameEn, v.Domain)));
        }

        foreach (var e in await governance.GetSuspendedEventsAsync(range, cancellationToken))
        {
            entries.Add(new(CheckpointEntries.IssuerSuspended(e.BlockNumber, e.LogIndex, e.Event.Issuer), Lower(e.Event.Issuer)));
        }

        foreach (var e in await governance.GetReinstatedEventsAsync(range, cancellationToken))
        {
            entries.Add(new(CheckpointEntries.IssuerReinstated(e.BlockNumber, e.LogIndex, e.Event.Issuer), Lower(e.Event.Issuer)));
        }

        foreach (var e in await governance.GetKeyRotatedEventsAsync(range, cancellationToken))
        {
            var v = e.Event;
            entries.Add(new(CheckpointEntries.IssuerKeyRotated(e.BlockNumber, e.LogIndex, v.Predecessor, v.Successor, v.Institution), Lower(v.Predecessor), Other: Lower(v.Successor)));
        }

        foreach (var e in await governance.GetKeyCompromisedEventsAsync(range, cancellationToken))
        {
            entries.Add(new(CheckpointEntries.IssuerKeyCompromised(e.BlockNumber, e.LogIndex, e.Event.Issuer, e.Event.Since), Lower(e.Event.Issuer)));
        }
    }

    private static string Lower(string address) => address.ToLowerInvariant();
}
