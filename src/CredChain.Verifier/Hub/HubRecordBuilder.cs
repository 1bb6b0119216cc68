using System.Buffers.Binary;
using CredChain.Core.Checkpoints;
using CredChain.Core.Hashing;
using CredChain.Core.Merkle;
using CredChain.Core.Verification;
using CredChain.Ethereum.Hub;
using CredChain.Ethereum.Hub.Proofs;

namespace CredChain.Verifier.Hub;

/// <summary>Turns a relay's checked entries into the <see cref="AnchorRecord"/> the verification checks read.</summary>
internal static class HubRecordBuilder
{
    public static AnchorRecord Build(
        HubOptions hub, AnchorQuery query, HubCheckpoint asOf, HubProofBundle root, HubProofBundle revocations, HubProofBundle accreditations)
    {
        var checkpoint = new HubCheckpointRef(hub.NameEn, (long)asOf.Sequence, new BlockRef((long)asOf.ToBlock, asOf.SourceBlockTime));
        var memberBlock = checkpoint.MemberBlock;
        var anchoring = root.Entries.Select(e => e.ToEntry()).OrderBy(e => e.BlockNumber).ThenBy(e => e.LogIndex).FirstOrDefault();
        if (anchoring is null)
        {
            return new AnchorRecord(false, null, null, false, null, null, false, false, null, memberBlock, Checkpoint: checkpoint);
        }

        var anchoredAt = Time(anchoring.Fields[2]);
        var history = new AccreditationHistory(accreditations.Entries.Select(e => (e.ToEntry(), e.Texts)));
        var compromise = history.CompromisedSince is { } since ? new IssuerKeyCompromise(since, anchoredAt >= since) : null;
        var (credential, batch) = Revocations(revocations, history.CompromisedSince);
        return new AnchorRecord(
            Anchored: true,
            IssuerAddress: query.IssuerAddress,
            AnchoredAt: anchoredAt,
            ProofValid: query.PathLeadsToRoot ?? MerkleTree.Verify(query.TargetHash, [.. query.MerklePath], query.MerkleRoot),
            CredentialRevocation: credential,
            BatchRevocation: batch,
            IssuerAccreditedAtAnchoring: history.ActiveAt(anchoring.BlockNumber, anchoring.LogIndex, anchoredAt),
            IssuerActiveNow: history.ActiveAt(ulong.MaxValue, ulong.MaxValue, memberBlock.Timestamp),
            Issuer: history.Profile,
            AsOf: memberBlock,
            AnchoredInBlock: (long)anchoring.BlockNumber,
            KeyCompromise: compromise,
            InstitutionId: history.Institution,
            Checkpoint: checkpoint);
    }

    /// <summary>The effective revocations: one made by the issuer's own key at or after its declared compromise is void.</summary>
    private static (Revocation? Credential, Revocation? Batch) Revocations(HubProofBundle bundle, DateTimeOffset? compromisedSince)
    {
        Revocation? credential = null, batch = null;
        foreach (var entry in bundle.Entries.Select(e => e.ToEntry()).OrderBy(e => e.BlockNumber).ThenBy(e => e.LogIndex))
        {
            var (by, reason, at) = entry.Kind == CheckpointEventKind.CredentialRevoked
                ? (entry.Fields[3], entry.Fields[4], entry.Fields[5])
                : (entry.Fields[2], entry.Fields[3], entry.Fields[4]);
            var revokedAt = Time(at);
            if (compromisedSince is { } since && by == entry.Fields[0] && revokedAt >= since)
            {
                continue;
            }

            var revocation = new Revocation(revokedAt, (int)Number(reason));
            if (entry.Kind == CheckpointEventKind.CredentialRevoked)
            {
                credential ??= revocation;
            }
            else
            {
                batch ??= revocation;
            }
        }

        return (credential, batch);
    }

    public static ulong Number(Hash32 word)
    {
        Span<byte> bytes = stackalloc byte[Hash32.Size];
        word.CopyTo(bytes);
        return BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]);
    }

    public static DateTimeOffset Time(Hash32 word) => DateTimeOffset.FromUnixTimeSeconds((long)Number(word));
}
