using CredChain.Core.Hashing;

namespace CredChain.Core.Merkle;

/// <summary>
/// A batch tree over credential targetHashes, following OpenZeppelin's <c>MerkleProof</c> convention with
/// double-hashed leaves: the leaf node of a targetHash is <c>keccak256(targetHash)</c> (a 32-byte preimage, so it can
/// never be mistaken for an inner node, whose preimage is 64 bytes); leaf nodes are sorted ascending as bytes, a parent
/// is <c>keccak256(min(a,b) || max(a,b))</c>, and an odd node at the end of a level is promoted unchanged. A tree of
/// one credential has root = its leaf node and an empty path. The public API takes targetHashes; nodes are kept in
/// one flat array (about 2N hashes); the tree is immutable and thread-safe once built.
/// </summary>
public sealed class MerkleTree
{
    // IndexOf: interpolation steps before it falls back to binary search, and the range size it stops at.
    private const int InterpolationSteps = 4;
    private const int InterpolationMinimum = 16;

    private readonly Hash32[] _nodes;
    private readonly int[] _levelStarts;

    private MerkleTree(Hash32[] nodes, int[] levelStarts)
    {
        _nodes = nodes;
        _levelStarts = levelStarts;
    }

    /// <summary>Number of leaves (credentials).</summary>
    public int Count => _levelStarts[1] - _levelStarts[0];

    /// <summary>Number of levels above the leaves (the longest path length).</summary>
    public int Depth => _levelStarts.Length - 2;

    /// <summary>The root.</summary>
    public Hash32 Root => _nodes[^1];

    /// <summary>The bytes the tree's nodes take in memory (about 64 per leaf): what a cache of trees budgets with.</summary>
    public long NodeBytes => (long)_nodes.Length * Hash32.Size;

    /// <summary>Builds the tree over the credentials' <paramref name="targetHashes"/> (any order).</summary>
    /// <exception cref="ArgumentException">There are no targetHashes, or one appears twice.</exception>
    public static MerkleTree Build(ReadOnlySpan<Hash32> targetHashes)
    {
        if (targetHashes.IsEmpty)
        {
            throw new ArgumentException("A Merkle tree needs at least one leaf.", nameof(targetHashes));
        }

        var (nodes, levelStarts) = Allocate(targetHashes.Length);
        HashLeafNodes(targetHashes, nodes.AsSpan(0, targetHashes.Length));
        return Complete(nodes, levelStarts, nameof(targetHashes));
    }

    /// <summary>Builds the tree over leaf nodes as they are (already hashed); lets tests lay out leaves of any spread.</summary>
    internal static MerkleTree FromLeafNodes(ReadOnlySpan<Hash32> leafNodes)
    {
        if (leafNodes.IsEmpty)
        {
            throw new ArgumentException("A Merkle tree needs at least one leaf.", nameof(leafNodes));
        }

        var (nodes, levelStarts) = Allocate(leafNodes.Length);
        leafNodes.CopyTo(nodes);
        return Complete(nodes, levelStarts, nameof(leafNodes));
    }

    /// <summary>The flat node array for <paramref name="leaves"/> leaves and the start of each level in it (plus the end).</summary>
    private static (Hash32[] Nodes, int[] LevelStarts) Allocate(int leaves)
    {
        var levelSizes = new List<int> { leaves };
        for (var size = leaves; size > 1;)
        {
            size = (size + 1) / 2;
            levelSizes.Add(size);
        }

        var levelStarts = new int[levelSizes.Count + 1];
        for (var level = 0; level < levelSizes.Count; level++)
        {
            levelStarts[level + 1] = levelStarts[level] + levelSizes[level];
        }

        return (new Hash32[levelStarts[^1]], levelStarts);
    }

    /// <summary>Sorts the leaf nodes at the start of <paramref name="nodes"/>, refuses duplicates and hashes the levels above.</summary>
    private static MerkleTree Complete(Hash32[] nodes, int[] levelStarts, string parameterName)
    {
        var leaves = levelStarts[1];
        Array.Sort(nodes, 0, leaves);
        for (var i = 1; i < leaves; i++)
        {
            if (nodes[i] == nodes[i - 1])
            {
                throw new ArgumentException($"A leaf appears more than once (leaf node {nodes[i]}).", parameterName);
            }
        }

        for (var level = 0; level + 2 < levelStarts.Length; level++)
        {
            HashLevel(nodes.AsSpan(levelStarts[level], levelStarts[level + 1] - levelStarts[level]), nodes.AsSpan(levelStarts[level + 1], levelStarts[level + 2] - levelStarts[level + 1]));
        }

        return new MerkleTree(nodes, levelStarts);
    }

    /// <summary>The leaf node of each targetHash, four at a time.</summary>
    private static void HashLeafNodes(ReadOnlySpan<Hash32> targetHashes, Span<Hash32> leafNodes)
    {
        Span<byte> messages = stackalloc byte[4 * Hash32.Size];
        var i = 0;
        for (; i + 4 <= targetHashes.Length; i += 4)
        {
            for (var k = 0; k < 4; k++)
            {
                targetHashes[i + k].CopyTo(messages.Slice(k * Hash32.Size, Hash32.Size));
            }

            Keccak256x4.Hash(messages[..Hash32.Size], messages.Slice(Hash32.Size, Hash32.Size), messages.Slice(2 * Hash32.Size, Hash32.Size), messages[(3 * Hash32.Size)..], leafNodes.Slice(i, 4));
        }

        for (; i < targetHashes.Length; i++)
        {
            leafNodes[i] = LeafNode(targetHashes[i]);
        }
    }

    /// <summary>The level above <paramref name="below"/>: its pairs hashed four at a time, an odd last node promoted.</summary>
    private static void HashLevel(ReadOnlySpan<Hash32> below, Span<Hash32> above)
    {
        const int PairBytes = 2 * Hash32.Size;
        var pairs = below.Length / 2;
        Span<byte> messages = stackalloc byte[4 * PairBytes];
        var i = 0;
        for (; i + 4 <= pairs; i += 4)
        {
            for (var k = 0; k < 4; k++)
            {
                var (a, b) = (below[2 * (i + k)], below[(2 * (i + k)) + 1]);
                var message = messages.Slice(k * PairBytes, PairBytes);
                (a < b ? a : b).CopyTo(message);
                (a < b ? b : a).CopyTo(message[Hash32.Size..]);
            }

            Keccak256x4.Hash(messages[..PairBytes], messages.Slice(PairBytes, PairBytes), messages.Slice(2 * PairBytes, PairBytes), messages[(3 * PairBytes)..], above.Slice(i, 4));
        }

        for (; i < pairs; i++)
        {
            above[i] = HashPair(below[2 * i], below[(2 * i) + 1]);
        }

        if (below.Length % 2 == 1)
        {
            above[^1] = below[^1];
        }
    }

    /// <summary>Builds the tree over the credentials' <paramref name="targetHashes"/> (any order).</summary>
    /// <exception cref="ArgumentException">There are no targetHashes, or one appears twice.</exception>
    public static MerkleTree Build(IEnumerable<Hash32> targetHashes)
    {
        ArgumentNullException.ThrowIfNull(targetHashes);
        return Build(targetHashes.ToArray().AsSpan());
    }

    /// <summary>
    /// The leaf node of a credential: <c>keccak256(targetHash)</c>. Hashing the 32-byte targetHash once more keeps
    /// leaves and inner nodes apart (OpenZeppelin's double-hashed leaves): no inner node, and no document, can pose
    /// as the other.
    /// </summary>
    public static Hash32 LeafNode(Hash32 targetHash)
    {
        Span<byte> bytes = stackalloc byte[Hash32.Size];
        targetHash.CopyTo(bytes);
        return Keccak256.Hash(bytes);
    }

    /// <summary>The leaf node at <paramref name="sortedIndex"/> in ascending order of leaf nodes.</summary>
    public Hash32 GetLeafNode(int sortedIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sortedIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sortedIndex, Count);
        return _nodes[sortedIndex];
    }

    /// <summary>The sorted index of the credential <paramref name="targetHash"/>, or -1 when it is not in this tree.</summary>
    public int IndexOf(Hash32 targetHash) => IndexOfLeafNode(LeafNode(targetHash));

    /// <summary>The sorted index of the leaf node <paramref name="leaf"/>, or -1 when it is not a leaf of this tree.</summary>
    /// <remarks>
    /// Leaves are hashes, spread evenly over their range, so the search first interpolates on their leading 64 bits:
    /// two or three probes find a leaf among 500,000 where a binary search takes 19, each a likely cache miss.
    /// A few interpolation steps at most, then binary search: never worse than O(log n), whatever the leaves.
    /// </remarks>
    public int IndexOfLeafNode(Hash32 leaf)
    {
        int low = 0, high = Count - 1;
        var key = leaf.Prefix;
        for (var step = 0; step < InterpolationSteps && high - low > InterpolationMinimum; step++)
        {
            ulong lowKey = _nodes[low].Prefix, highKey = _nodes[high].Prefix;
            if (key < lowKey || key > highKey)
            {
                return -1;
            }

            var guess = highKey == lowKey
                ? low
                : low + (int)((UInt128)(key - lowKey) * (ulong)(high - low) / (highKey - lowKey));
            var order = _nodes[guess].CompareTo(leaf);
            if (order == 0)
            {
                return guess;
            }

            if (order < 0)
            {
                low = guess + 1;
            }
            else
            {
                high = guess - 1;
            }
        }

        var index = low <= high ? Array.BinarySearch(_nodes, low, high - low + 1, leaf) : -1;
        return index >= 0 ? index : -1;
    }

    /// <summary>The sibling hashes from the credential <paramref name="targetHash"/>'s leaf node up to the root.</summary>
    /// <exception cref="KeyNotFoundException"><paramref name="targetHash"/> is not in this tree.</exception>
    public Hash32[] GetProof(Hash32 targetHash)
    {
        var index = IndexOf(targetHash);
        return index >= 0 ? GetProof(index) : throw new KeyNotFoundException($"{targetHash} is not in this tree.");
    }

    /// <summary>The sibling hashes from the leaf at <paramref name="sortedIndex"/> up to the root.</summary>
    public Hash32[] GetProof(int sortedIndex)
    {
        Span<Hash32> proof = stackalloc Hash32[Depth];
        return proof[..CopyProof(sortedIndex, proof)].ToArray();
    }

    /// <summary>
    /// Copies the sibling hashes from the leaf at <paramref name="sortedIndex"/> up to the root into
    /// <paramref name="destination"/> (at most <see cref="Depth"/> of them) and returns how many there are.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than the path.</exception>
    public int CopyProof(int sortedIndex, Span<Hash32> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sortedIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sortedIndex, Count);
        var written = 0;
        for (int level = 0, index = sortedIndex; level < _levelStarts.Length - 2; level++, index >>= 1)
        {
            var sibling = index ^ 1;
            if (sibling < _levelStarts[level + 1] - _levelStarts[level])
            {
                if (written == destination.Length)
                {
                    throw new ArgumentException($"The path has more than {destination.Length} hashes.", nameof(destination));
                }

                destination[written++] = _nodes[_levelStarts[level] + sibling];
            }
        }

        return written;
    }

    /// <summary>Folds <paramref name="proof"/> onto the leaf node of <paramref name="targetHash"/> with sorted-pair hashing.</summary>
    public static Hash32 ComputeRoot(Hash32 targetHash, ReadOnlySpan<Hash32> proof)
    {
        var node = LeafNode(targetHash);
        foreach (var sibling in proof)
        {
            node = HashPair(node, sibling);
        }

        return node;
    }

    /// <summary>
    /// True when <paramref name="proof"/> leads from the leaf node of <paramref name="targetHash"/> to
    /// <paramref name="root"/> (OpenZeppelin <c>MerkleProof.verify(proof, root, keccak256(abi.encode(targetHash)))</c>).
    /// </summary>
    public static bool Verify(Hash32 targetHash, ReadOnlySpan<Hash32> proof, Hash32 root) => ComputeRoot(targetHash, proof) == root;

    /// <summary>A parent node: <c>keccak256(min(a,b) || max(a,b))</c>.</summary>
    public static Hash32 HashPair(Hash32 a, Hash32 b) => a < b ? Keccak256.HashPair(a, b) : Keccak256.HashPair(b, a);
}
