using CredChain.Core.Hashing;

namespace CredChain.Core.Merkle;

/// <summary>
/// A batch tree over credential targetHashes, following OpenZeppelin's <c>MerkleProof</c> convention: leaves are
/// sorted ascending as bytes, a parent is <c>keccak256(min(a,b) || max(a,b))</c>, and an odd node at the end of a
/// level is promoted unchanged. A tree of one leaf has root = leaf and an empty path. Nodes are kept in one flat
/// array (about 2N hashes); the tree is immutable and thread-safe once built.
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

    /// <summary>Number of leaves.</summary>
    public int Count => _levelStarts[1] - _levelStarts[0];

    /// <summary>Number of levels above the leaves (the longest path length).</summary>
    public int Depth => _levelStarts.Length - 2;

    /// <summary>The root.</summary>
    public Hash32 Root => _nodes[^1];

    /// <summary>Builds the tree over <paramref name="leaves"/> (any order; they are sorted).</summary>
    /// <exception cref="ArgumentException">There are no leaves, or a leaf appears twice.</exception>
    public static MerkleTree Build(ReadOnlySpan<Hash32> leaves)
    {
        if (leaves.IsEmpty)
        {
            throw new ArgumentException("A Merkle tree needs at least one leaf.", nameof(leaves));
        }

        var levelSizes = new List<int> { leaves.Length };
        var total = leaves.Length;
        for (var size = leaves.Length; size > 1;)
        {
            size = (size + 1) / 2;
            levelSizes.Add(size);
            total += size;
        }

        var nodes = new Hash32[total];
        leaves.CopyTo(nodes);
        Array.Sort(nodes, 0, leaves.Length);
        for (var i = 1; i < leaves.Length; i++)
        {
            if (nodes[i] == nodes[i - 1])
            {
                throw new ArgumentException($"The leaf {nodes[i]} appears more than once.", nameof(leaves));
            }
        }

        var levelStarts = new int[levelSizes.Count + 1];
        for (var level = 0; level < levelSizes.Count; level++)
        {
            levelStarts[level + 1] = levelStarts[level] + levelSizes[level];
        }

        for (var level = 0; level + 1 < levelSizes.Count; level++)
        {
            HashLevel(nodes.AsSpan(levelStarts[level], levelSizes[level]), nodes.AsSpan(levelStarts[level + 1], levelSizes[level + 1]));
        }

        return new MerkleTree(nodes, levelStarts);
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

    /// <summary>Builds the tree over <paramref name="leaves"/> (any order; they are sorted).</summary>
    /// <exception cref="ArgumentException">There are no leaves, or a leaf appears twice.</exception>
    public static MerkleTree Build(IEnumerable<Hash32> leaves)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        return Build(leaves.ToArray().AsSpan());
    }

    /// <summary>The leaf at <paramref name="sortedIndex"/> in ascending order.</summary>
    public Hash32 GetLeaf(int sortedIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sortedIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sortedIndex, Count);
        return _nodes[sortedIndex];
    }

    /// <summary>The sorted index of <paramref name="leaf"/>, or -1 when it is not a leaf of this tree.</summary>
    /// <remarks>
    /// Leaves are hashes, spread evenly over their range, so the search first interpolates on their leading 64 bits:
    /// two or three probes find a leaf among 500,000 where a binary search takes 19, each a likely cache miss.
    /// A few interpolation steps at most, then binary search: never worse than O(log n), whatever the leaves.
    /// </remarks>
    public int IndexOf(Hash32 leaf)
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

    /// <summary>The sibling hashes from <paramref name="leaf"/> up to the root.</summary>
    /// <exception cref="KeyNotFoundException"><paramref name="leaf"/> is not a leaf of this tree.</exception>
    public Hash32[] GetProof(Hash32 leaf)
    {
        var index = IndexOf(leaf);
        return index >= 0 ? GetProof(index) : throw new KeyNotFoundException($"{leaf} is not a leaf of this tree.");
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

    /// <summary>Folds <paramref name="proof"/> onto <paramref name="leaf"/> with sorted-pair hashing.</summary>
    public static Hash32 ComputeRoot(Hash32 leaf, ReadOnlySpan<Hash32> proof)
    {
        var node = leaf;
        foreach (var sibling in proof)
        {
            node = HashPair(node, sibling);
        }

        return node;
    }

    /// <summary>True when <paramref name="proof"/> leads from <paramref name="leaf"/> to <paramref name="root"/> (OpenZeppelin <c>MerkleProof.verify</c>).</summary>
    public static bool Verify(Hash32 leaf, ReadOnlySpan<Hash32> proof, Hash32 root) => ComputeRoot(leaf, proof) == root;

    /// <summary>A parent node: <c>keccak256(min(a,b) || max(a,b))</c>.</summary>
    public static Hash32 HashPair(Hash32 a, Hash32 b) => a < b ? Keccak256.HashPair(a, b) : Keccak256.HashPair(b, a);
}
