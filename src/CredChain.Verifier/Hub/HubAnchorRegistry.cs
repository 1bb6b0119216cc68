using System.Collections.Concurrent;
using CredChain.Core.Checkpoints;
using CredChain.Core.Verification;
using CredChain.Ethereum.Hub;
using CredChain.Ethereum.Hub.Proofs;
using CredChain.Ethereum.Transactions;
using Nethereum.Web3;

namespace CredChain.Verifier.Hub;

/// <summary>
/// Answers for member networks this portal cannot (or need not) reach, through a trusted hub: the relay's proofs for
/// the anchoring, the revocations and the issuer's accreditation, checked against the hub's checkpoint roots read
/// with one <c>checkpointsOf</c> call. The answer is current to the relay's latest checkpoint on the hub, and says so.
/// </summary>
internal sealed class HubAnchorRegistry(HubTrustList hubs, RelayClient relays) : IAnchorRegistry
{
    private readonly ConcurrentDictionary<string, CheckpointRegistryClient> _clients = new(StringComparer.Ordinal);

    public bool Serves(long chainId, string registryAddress) => hubs.Find(chainId, registryAddress) is not null;

    public async ValueTask<AnchorRecord> LookupAsync(AnchorQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (hub, member) = hubs.Find(query.ChainId, query.RegistryAddress)
            ?? throw new InvalidOperationException($"Chain {query.ChainId} registry {query.RegistryAddress} is not checkpointed by a trusted hub.");
        var memberRef = new MemberRef((ulong)member.ChainId, member.RegistryAddress);
        var (root, revocations, accreditations) = await relays.FetchAsync(hub, query, cancellationToken);
        var asOfSequence = new[] { root.AsOf, revocations.AsOf, accreditations.AsOf }.Min(a => a?.Sequence ?? 0);
        if (asOfSequence == 0)
        {
            return Refused(hub, HubRefusal.MemberUnknown, 0);
        }

        var bundles = new[] { root, revocations, accreditations };
        var sequences = bundles.SelectMany(b => b.Entries).Select(e => e.Sequence).Append(asOfSequence).Distinct().ToList();
        var (checkpoints, state) = await Client(hub).GetCheckpointsAsync(memberRef, sequences, cancellationToken);
        var bySequence = checkpoints.Where(c => c.Exists).ToDictionary(c => c.Sequence);
        if (!state.Registered || !bySequence.TryGetValue(asOfSequence, out var asOf))
        {
            return Refused(hub, HubRefusal.MemberUnknown, 0);
        }

        if (!HubTrustList.Accepts(hub, asOf.Relay))
        {
            return Refused(hub, HubRefusal.RelayNotAccepted, asOfSequence);
        }

        var refusal = HubEntryCheck.Refuse(hub, bySequence, asOfSequence, Expectations(query, root, revocations, accreditations));
        return refusal is { } refused
            ? Refused(hub, refused, asOfSequence)
            : HubRecordBuilder.Build(hub, query, asOf, root, revocations, accreditations);
    }

    /// <summary>Each entry with what it must be about: the queried issuer, root and credential.</summary>
    private static IEnumerable<(HubEntryProof, Func<CheckpointEntry, bool>)> Expectations(
        AnchorQuery query, HubProofBundle root, HubProofBundle revocations, HubProofBundle accreditations)
    {
        var issuer = CheckpointEntry.Address(query.IssuerAddress);
        bool AnchoredRoot(CheckpointEntry e) => e.Kind == CheckpointEventKind.RootAnchored && e.Fields[0] == issuer && e.Fields[1] == query.MerkleRoot;
        bool Revoked(CheckpointEntry e) => e.Fields[0] == issuer && e.Fields[1] == query.MerkleRoot
            && (e.Kind == CheckpointEventKind.BatchRevoked || (e.Kind == CheckpointEventKind.CredentialRevoked && e.Fields[2] == query.TargetHash));
        bool AboutIssuer(CheckpointEntry e) => e.Kind is >= CheckpointEventKind.IssuerAccredited and <= CheckpointEventKind.IssuerKeyCompromised
            && (e.Fields[0] == issuer || (e.Kind == CheckpointEventKind.IssuerKeyRotated && e.Fields[1] == issuer));
        return root.Entries.Select(e => (e, (Func<CheckpointEntry, bool>)AnchoredRoot))
            .Concat(revocations.Entries.Select(e => (e, (Func<CheckpointEntry, bool>)Revoked)))
            .Concat(accreditations.Entries.Select(e => (e, (Func<CheckpointEntry, bool>)AboutIssuer)));
    }

    private static AnchorRecord Refused(HubOptions hub, HubRefusal refusal, ulong sequence) =>
        new(false, null, null, false, null, null, false, false, null, new BlockRef(0, DateTimeOffset.UnixEpoch),
            Checkpoint: new HubCheckpointRef(hub.NameEn, (long)sequence, new BlockRef(0, DateTimeOffset.UnixEpoch), refusal));

    private CheckpointRegistryClient Client(HubOptions hub) => _clients.GetOrAdd(hub.Key, _ =>
    {
        var web3 = new Web3(hub.RpcUrl);
        return new CheckpointRegistryClient(web3, hub.RegistryAddress, new TransactionService(web3));
    });
}
