using CredChain.Core.Hashing;
using CredChain.Core.Merkle;

namespace CredChain.Core.Checkpoints;

/// <summary>
/// The Merkle tree of one checkpoint: a <see cref="MerkleTree"/> over the entries' hashes (so leaf nodes are
/// double-hashed, sorted pairs, odd node promoted, as OpenZeppelin's <c>MerkleProof</c> checks on the hub). A range
/// without events has root <see cref="Hash32.Zero"/> and no proofs.
/// </summary>
public sealed class CheckpointTree
{
    private readonly MerkleTree? _tree;

    private CheckpointTree(IReadOnlyList<CheckpointEntry> entries, MerkleTree? tree)
    {
        Entries = entries;
        _tree = tree;
    }

    /// <summary>The entries, in the order given.</summary>
    public IReadOnlyList<CheckpointEntry> Entries { get; }

    /// <summary>The checkpoint root; zero when there is no entry.</summary>
    public Hash32 Root => _tree?.Root ?? Hash32.Zero;

    /// <summary>Builds the tree over <paramref name="entries"/> (any order; each must be distinct).</summary>
    public static CheckpointTree Build(IEnumerable<CheckpointEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToList();
        return new CheckpointTree(list, list.Count == 0 ? null : MerkleTree.Build(list.Select(e => e.Hash())));
    }

    /// <summary>The proof (sibling nodes from the leaf up) of <paramref name="entry"/>.</summary>
    /// <exception cref="ArgumentException">The entry is not in this checkpoint.</exception>
    public Hash32[] GetProof(CheckpointEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (_tree is null || _tree.IndexOf(entry.Hash()) < 0)
        {
            throw new ArgumentException("The entry is not in this checkpoint.", nameof(entry));
        }

        return _tree.GetProof(entry.Hash());
    }

    /// <summary>Whether <paramref name="entry"/> folds to <paramref name="root"/> with <paramref name="proof"/>.</summary>
    public static bool Verify(CheckpointEntry entry, ReadOnlySpan<Hash32> proof, Hash32 root)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return root != Hash32.Zero && MerkleTree.Verify(entry.Hash(), proof, root);
    }
}
