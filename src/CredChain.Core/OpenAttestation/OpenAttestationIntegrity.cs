namespace CredChain.Core.OpenAttestation;

/// <summary>The integrity of a wrapped document by OpenAttestation v2's rules: targetHash, then the Merkle proof.</summary>
internal static class OpenAttestationIntegrity
{
    /// <summary>The targetHash the document's data and obfuscated hashes give, or <see langword="null"/> when its data cannot be flattened.</summary>
    public static string? RecomputeTargetHash(OpenAttestationDocument document) =>
        OpenAttestationHashing.TryComputeLeafHashes(document.Data, out var leaves)
            ? OpenAttestationHashing.ComputeTargetHash(leaves.Concat(document.ObfuscatedData))
            : null;

    public static IntegrityOutcome Check(OpenAttestationDocument document)
    {
        var recomputed = RecomputeTargetHash(document);
        var targetHashMatches = recomputed is not null && string.Equals(recomputed, document.TargetHash, StringComparison.Ordinal);
        var root = OpenAttestationHashing.ComputeMerkleRoot(document.TargetHashValue, document.Proof);
        return new IntegrityOutcome(recomputed is not null, targetHashMatches, root == document.MerkleRoot);
    }

    /// <summary>What the integrity check found.</summary>
    /// <param name="Flattenable">The data could be flattened (no member name holds a period).</param>
    /// <param name="TargetHashMatches">The recomputed targetHash equals the stated one.</param>
    /// <param name="ProofLeadsToRoot">The proof leads from the stated targetHash to the stated root.</param>
    internal sealed record IntegrityOutcome(bool Flattenable, bool TargetHashMatches, bool ProofLeadsToRoot)
    {
        public bool IsValid => TargetHashMatches && ProofLeadsToRoot;
    }
}
