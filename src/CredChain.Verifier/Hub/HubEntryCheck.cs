using CredChain.Core.Checkpoints;
using CredChain.Core.Hashing;
using CredChain.Core.Verification;
using CredChain.Ethereum.Hub;
using CredChain.Ethereum.Hub.Proofs;

namespace CredChain.Verifier.Hub;

/// <summary>
/// Checks a relay's entries against the hub's checkpoints: each checkpoint exists and was posted by an accepted relay,
/// each proof folds the entry to its checkpoint's root, and each entry is about what was asked.
/// </summary>
internal static class HubEntryCheck
{
    /// <summary>Why the entries are refused, or null when every one holds.</summary>
    public static HubRefusal? Refuse(HubOptions hub, IReadOnlyDictionary<ulong, HubCheckpoint> checkpoints, ulong asOf, IEnumerable<(HubEntryProof Proof, Func<CheckpointEntry, bool> IsAbout)> entries)
    {
        foreach (var (proof, isAbout) in entries)
        {
            if (proof.Sequence > asOf || !checkpoints.TryGetValue(proof.Sequence, out var checkpoint) || !checkpoint.Exists)
            {
                return HubRefusal.ProofRejected;
            }

            if (!HubTrustList.Accepts(hub, checkpoint.Relay))
            {
                return HubRefusal.RelayNotAccepted;
            }

            CheckpointEntry entry;
            Hash32[] nodes;
            try
            {
                (entry, nodes) = (proof.ToEntry(), proof.ProofNodes());
            }
            catch (FormatException)
            {
                return HubRefusal.ProofRejected;
            }

            if (!CheckpointTree.Verify(entry, nodes, Hash32.Parse(checkpoint.Root)) || !isAbout(entry) || !TextsMatch(proof, entry))
            {
                return HubRefusal.ProofRejected;
            }
        }

        return null;
    }

    /// <summary>An accreditation's names must be the ones its entry commits to.</summary>
    private static bool TextsMatch(HubEntryProof proof, CheckpointEntry entry)
    {
        if (entry.Kind != CheckpointEventKind.IssuerAccredited)
        {
            return true;
        }

        return proof.Texts is { Count: 3 } texts && entry.Fields.Count == 7
            && Enumerable.Range(0, 3).All(i => CheckpointEntry.Text(texts[i]) == entry.Fields[4 + i]);
    }
}
