using CredChain.Core.Hashing;
using CredChain.Core.Merkle;

namespace CredChain.Core.Tests.Merkle;

public sealed class MerkleTreeTests
{
    private static Hash32[] Leaves(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Keccak256.Hash(BitConverter.GetBytes(i)))];

    /// <summary>Straightforward reference: recursive levels over a sorted list, as OpenZeppelin's JS tooling lays them out.</summary>
    private static Hash32 ReferenceRoot(IEnumerable<Hash32> leaves)
    {
        var level = leaves.Order().ToList();
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
    public void Build_OneLeaf_RootIsTheLeafAndPathIsEmpty()
    {
        var leaf = Keccak256.Hash("only"u8);
        var tree = MerkleTree.Build([leaf]);
        Assert.Equal((leaf, 1, 0), (tree.Root, tree.Count, tree.Depth));
        Assert.Empty(tree.GetProof(leaf));
        Assert.True(MerkleTree.Verify(leaf, [], tree.Root));
    }

    [Fact]
    public void Build_TwoLeaves_RootHashesTheSortedPair()
    {
        var (a, b) = (Keccak256.Hash("a"u8), Keccak256.Hash("b"u8));
        var (low, high) = a < b ? (a, b) : (b, a);
        var tree = MerkleTree.Build([high, low]);
        Assert.Equal(Keccak256.HashPair(low, high), tree.Root);
        Assert.Equal([high], tree.GetProof(low));
        Assert.Equal([low], tree.GetProof(high));
    }

    [Fact]
    public void Build_ThreeLeaves_PromotesTheOddNode()
    {
        var sorted = Leaves(3).Order().ToArray();
        var tree = MerkleTree.Build(sorted.Reverse().ToArray());
        Assert.Equal(MerkleTree.HashPair(MerkleTree.HashPair(sorted[0], sorted[1]), sorted[2]), tree.Root);
        Assert.Equal([MerkleTree.HashPair(sorted[0], sorted[1])], tree.GetProof(sorted[2]));
        Assert.Equal([sorted[1], sorted[2]], tree.GetProof(sorted[0]));
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
    public void GetProof_BySortedIndex_MatchesByLeaf()
    {
        var tree = MerkleTree.Build(Leaves(11));
        for (var i = 0; i < tree.Count; i++)
        {
            Assert.Equal(i, tree.IndexOf(tree.GetLeaf(i)));
            Assert.Equal(tree.GetProof(tree.GetLeaf(i)), tree.GetProof(i));
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
    public void Build_DuplicateLeaf_Throws()
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
}
