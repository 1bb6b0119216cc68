using CredChain.Core.Hashing;
using CredChain.Core.Merkle;

namespace CredChain.Core.Tests.Merkle;

public sealed class MerkleTreeTests
{
    private static Hash32[] Leaves(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Keccak256.Hash(BitConverter.GetBytes(i)))];

    /// <summary>keccak256 of the 32 bytes, written out here rather than taken from the code under test.</summary>
    private static Hash32 Node(Hash32 targetHash) => Keccak256.Hash(targetHash.ToByteArray());

    /// <summary>
    /// Straightforward reference: leaf nodes keccak256(targetHash), then recursive levels over their sorted list, as
    /// OpenZeppelin's JS tooling (StandardMerkleTree) lays them out.
    /// </summary>
    private static Hash32 ReferenceRoot(IEnumerable<Hash32> targetHashes)
    {
        var level = targetHashes.Select(Node).Order().ToList();
        while (level.Count > 1)
        {
            var next = new List<Hash32>();
            for (var i = 0; i < level.Count; i += 2)
            {
                next.Add(i + 1 < level.Count ? MerkleTree.HashPair(level[i], level[i + 1]) : level[i]);
            }

            level = next;
        }

        return level[0];
    }

    [Fact]
    public void Build_EverySizeUpTo70_MatchesTheReference()
    {
        // Levels hash their pairs four at a time: this covers every remainder of pairs and of odd nodes, several levels up.
        var leaves = Leaves(70);
        var sizes = Enumerable.Range(1, 70).ToArray();
        Assert.Equal(sizes.Select(n => ReferenceRoot(leaves[..n])), sizes.Select(n => MerkleTree.Build(leaves.AsSpan(0, n)).Root));
    }

    [Fact]
    public void Build_OneLeaf_RootIsTheLeafNodeAndPathIsEmpty()
    {
        var leaf = Keccak256.Hash("only"u8);
        var tree = MerkleTree.Build([leaf]);
        Assert.Equal((Node(leaf), 1, 0), (tree.Root, tree.Count, tree.Depth));
        Assert.Empty(tree.GetProof(leaf));
        Assert.True(MerkleTree.Verify(leaf, [], tree.Root));
    }

    [Fact]
    public void Build_TwoLeaves_RootHashesTheSortedPairOfLeafNodes()
    {
        var (a, b) = (Keccak256.Hash("a"u8), Keccak256.Hash("b"u8));
        var (low, high) = Node(a) < Node(b) ? (a, b) : (b, a);
        var tree = MerkleTree.Build([high, low]);
        Assert.Equal(Keccak256.HashPair(Node(low), Node(high)), tree.Root);
        Assert.Equal([Node(high)], tree.GetProof(low));
        Assert.Equal([Node(low)], tree.GetProof(high));
    }

    [Fact]
    public void Verify_AnInnerNodeAsATargetHash_Fails()
    {
        // Without domain separation a document whose targetHash equals an inner node (two leaves hashed as a pair)
        // would verify with the rest of the path: the double-hashed leaf makes that impossible.
        var leaves = Leaves(4);
        var tree = MerkleTree.Build(leaves);
        var first = tree.GetProof(leaves[0]);
        var inner = MerkleTree.HashPair(Node(leaves[0]), first[0]);
        Assert.True(MerkleTree.Verify(leaves[0], first, tree.Root));
        Assert.False(MerkleTree.Verify(inner, first.AsSpan(1), tree.Root));
        Assert.Equal(MerkleTree.HashPair(inner, first[1]), tree.Root);
    }

    [Fact]
    public void Build_ThreeLeaves_PromotesTheOddNode()
    {
        var sorted = Leaves(3).OrderBy(Node).ToArray();
        var tree = MerkleTree.Build(sorted.Reverse().ToArray());
        Assert.Equal(MerkleTree.HashPair(MerkleTree.HashPair(Node(sorted[0]), Node(sorted[1])), Node(sorted[2])), tree.Root);
        Assert.Equal([MerkleTree.HashPair(Node(sorted[0]), Node(sorted[1]))], tree.GetProof(sorted[2]));
        Assert.Equal([Node(sorted[1]), Node(sorted[2])], tree.GetProof(sorted[0]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(33)]
    [InlineData(1000)]
    public void Build_AnySize_MatchesTheReferenceAndEveryPathVerifies(int count)
    {
        var leaves = Leaves(count);
        var tree = MerkleTree.Build(leaves);
        Assert.Equal(ReferenceRoot(leaves), tree.Root);
        Assert.Equal(count, tree.Count);
        foreach (var leaf in leaves)
        {
            var proof = tree.GetProof(leaf);
            Assert.True(proof.Length <= tree.Depth);
            Assert.True(MerkleTree.Verify(leaf, proof, tree.Root));
        }
    }

    [Fact]
    public void GetProof_BySortedIndex_MatchesByTargetHash()
    {
        var leaves = Leaves(11);
        var tree = MerkleTree.Build(leaves);
        foreach (var leaf in leaves)
        {
            var i = tree.IndexOf(leaf);
            Assert.Equal((Node(leaf), i), (tree.GetLeafNode(i), tree.IndexOfLeafNode(Node(leaf))));
            Assert.Equal(tree.GetProof(leaf), tree.GetProof(i));
        }
    }

    [Fact]
    public void Verify_TamperedSiblingOrLeaf_Fails()
    {
        var leaves = Leaves(9);
        var tree = MerkleTree.Build(leaves);
        var proof = tree.GetProof(leaves[4]);
        var tampered = (Hash32[])proof.Clone();
        tampered[1] = Keccak256.Hash("evil"u8);
        Assert.False(MerkleTree.Verify(leaves[4], tampered, tree.Root));
        Assert.False(MerkleTree.Verify(leaves[5], proof, tree.Root));
        Assert.False(MerkleTree.Verify(leaves[4], proof.AsSpan()[..^1], tree.Root));
    }

    [Fact]
    public void Build_NoLeaves_Throws()
    {
        Assert.Throws<ArgumentException>(() => MerkleTree.Build(ReadOnlySpan<Hash32>.Empty));
    }

    [Fact]
    public void Build_DuplicateTargetHash_Throws()
    {
        var leaf = Keccak256.Hash("dup"u8);
        Assert.Throws<ArgumentException>(() => MerkleTree.Build([leaf, Keccak256.Hash("x"u8), leaf]));
    }

    [Fact]
    public void GetProof_UnknownLeaf_Throws()
    {
        var tree = MerkleTree.Build(Leaves(4));
        Assert.Equal(-1, tree.IndexOf(Keccak256.Hash("absent"u8)));
        Assert.Throws<KeyNotFoundException>(() => tree.GetProof(Keccak256.Hash("absent"u8)));
    }

    [Fact]
    public void Build_HalfMillionLeaves_HasDepthNineteen()
    {
        var leaves = Leaves(500_000);
        var tree = MerkleTree.Build(leaves);
        Assert.Equal(19, tree.Depth);
        Assert.True(MerkleTree.Verify(leaves[123_456], tree.GetProof(leaves[123_456]), tree.Root));
    }

    public static TheoryData<string> LeafSpreads => ["hashes", "one shared prefix", "skewed"];

    /// <summary>
    /// Leaves as hashes give (evenly spread), all with the same leading 64 bits (interpolation has nothing to go on),
    /// or piled up at the low end (the guesses land far off): every leaf is found at its sorted index either way.
    /// </summary>
    private static Hash32[] SpreadLeaves(string spread, int count) => spread switch
    {
        "hashes" => Leaves(count),
        "one shared prefix" => [.. Leaves(count).Select(h => WithPrefix(h, 0x1234_5678_9abc_def0UL))],
        _ => [.. Leaves(count).Select((h, i) => WithPrefix(h, i < count - 2 ? (ulong)i * (ulong)i : ulong.MaxValue - (ulong)i))],
    };

    private static Hash32 WithPrefix(Hash32 hash, ulong prefix)
    {
        Span<byte> bytes = stackalloc byte[Hash32.Size];
        hash.CopyTo(bytes);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(bytes, prefix);
        return Hash32.FromBytes(bytes);
    }

    [Theory]
    [MemberData(nameof(LeafSpreads))]
    public void IndexOf_ManyLeavesHoweverSpread_FindsEachAtItsSortedIndexAndNothingElse(string spread)
    {
        var leaves = SpreadLeaves(spread, 5_000);
        var tree = MerkleTree.FromLeafNodes(leaves);
        var sorted = leaves.Order().ToArray();

        Assert.Equal(Enumerable.Range(0, sorted.Length), sorted.Select(tree.IndexOfLeafNode));
        var strangers = Enumerable.Range(0, 500).Select(i => Keccak256.Hash(BitConverter.GetBytes(-1 - i)))
            .Concat([Hash32.Zero, WithPrefix(sorted[^1], ulong.MaxValue), WithPrefix(sorted[0], 0), WithPrefix(Keccak256.Hash([1, 2, 3]), sorted[2_500].Prefix)])
            .Where(h => Array.BinarySearch(sorted, h) < 0);
        Assert.All(strangers, h => Assert.Equal(-1, tree.IndexOfLeafNode(h)));
    }

    [Fact]
    public void CopyProof_WritesTheSamePathAsGetProof_AndRefusesAShortDestination()
    {
        var tree = MerkleTree.Build(Leaves(1_001));
        var buffer = new Hash32[tree.Depth];

        Assert.All(Enumerable.Range(0, tree.Count), i => Assert.Equal(tree.GetProof(i), buffer[..tree.CopyProof(i, buffer)]));
        Assert.Throws<ArgumentException>(() => tree.CopyProof(0, new Hash32[tree.Depth - 1]));
    }
}
