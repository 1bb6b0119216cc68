using System.Collections.Frozen;
using System.Collections.Immutable;
using CredChain.Core.Hashing;

namespace CredChain.Core.Documents;

/// <summary>
/// The document's <c>proof</c>: its format version, one salt per disclosed subject leaf (keyed by JSON Pointer), the
/// leaf hashes of hidden fields, the targetHash, and, once anchored, the Merkle root, path and anchor.
/// </summary>
public sealed class CredentialProof
{
    /// <summary>The proof <c>type</c> written in every document.</summary>
    public const string ProofType = "CredChainMerkleProof2026";

    /// <summary>
    /// The format version written in every proof (<c>"version": 2</c>) and committed to by the envelope leaf. Version 2
    /// added the envelope leaf, typed leaf paths, canonical numbers and double-hashed Merkle leaves; version 1 documents
    /// are refused.
    /// </summary>
    public const int Version = 2;

    /// <summary>Creates a proof.</summary>
    public CredentialProof(
        ImmutableSortedDictionary<string, Salt> salts,
        ImmutableArray<Hash32> hiddenLeaves,
        Hash32 targetHash,
        Hash32? merkleRoot = null,
        ImmutableArray<Hash32> merklePath = default,
        AnchorRef? anchor = null)
    {
        ArgumentNullException.ThrowIfNull(salts);
        Salts = salts.WithComparers(StringComparer.Ordinal);
        HiddenLeaves = hiddenLeaves.IsDefault ? [] : hiddenLeaves;
        TargetHash = targetHash;
        MerkleRoot = merkleRoot;
        MerklePath = merklePath.IsDefault ? [] : merklePath;
        Anchor = anchor;
    }

    /// <summary>Salt of every disclosed leaf, keyed by its JSON Pointer, in ordinal key order.</summary>
    public ImmutableSortedDictionary<string, Salt> Salts { get; }

    private FrozenDictionary<string, Salt>? _saltLookup;

    /// <summary>
    /// Leaf hashes of hidden fields, in the document's order: strictly ascending in every document this library writes.
    /// Verification refuses any other order (a reordered or repeated list is a hand edit).
    /// </summary>
    public ImmutableArray<Hash32> HiddenLeaves { get; }

    /// <summary>keccak256 of all leaf hashes (disclosed and hidden), sorted ascending and concatenated.</summary>
    public Hash32 TargetHash { get; }

    /// <summary>Root of the batch tree; <see langword="null"/> until anchored.</summary>
    public Hash32? MerkleRoot { get; }

    /// <summary>Sibling hashes from the targetHash up to <see cref="MerkleRoot"/> (empty for a batch of one).</summary>
    public ImmutableArray<Hash32> MerklePath { get; }

    /// <summary>Where the root was anchored; <see langword="null"/> until anchored.</summary>
    public AnchorRef? Anchor { get; }

    /// <summary>Hash-based view of <see cref="Salts"/> for fast lookups while hashing (built once, on first use).</summary>
    internal FrozenDictionary<string, Salt> SaltLookup => _saltLookup ??= Salts.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>True when the proof carries a Merkle root and an anchor.</summary>
    public bool IsAnchored => MerkleRoot is not null && Anchor is not null;
}
