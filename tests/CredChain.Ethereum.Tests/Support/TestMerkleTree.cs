using Nethereum.Util;

namespace CredChain.Ethereum.Tests.Support;

/// <summary>
/// The batch tree as ARCHITECTURE.md defines it (leaf node = keccak256(targetHash), leaf nodes sorted as bytes,
/// parent = keccak256(min || max), odd node promoted), written independently of Core so the contract is checked against
/// the specification itself.
/// </summary>
internal sealed class TestMerkleTree
{
    private readonly List<List<byte[]>> _levels = [];

    public TestMerkleTree(IEnumerable<byte[]> targetHashes)
    {
        var leaves = targetHashes.Select(Leaf).OrderBy(h => h, ByteOrder.Instance).ToList();
        if (leaves.Count == 0)
        {
            throw new ArgumentException("A tree needs at least one leaf.", nameof(targetHashes));
        }

        _levels.Add(leaves);
        while (_levels[^1].Count > 1)
        {
            var level = _levels[^1];
            var parents = new List<byte[]>((level.Count + 1) / 2);
            for (var i = 0; i < level.Count; i += 2)
            {
                parents.Add(i + 1 < level.Count ? HashPair(level[i], level[i + 1]) : level[i]);
            }

            _levels.Add(parents);
        }
    }

    public byte[] Root => _levels[^1][0];

    public IReadOnlyList<byte[]> ProofFor(byte[] targetHash)
    {
        var leaf = Leaf(targetHash);
        var index = _levels[0].FindIndex(l => l.AsSpan().SequenceEqual(leaf));
        if (index < 0)
        {
            throw new ArgumentException("Not a leaf of this tree.", nameof(targetHash));
        }

        var proof = new List<byte[]>();
        foreach (var level in _levels.Take(_levels.Count - 1))
        {
            var sibling = index ^ 1;
            if (sibling < level.Count)
            {
                proof.Add(level[sibling]);
            }

            index /= 2;
        }

        return proof;
    }

    /// <summary>The leaf node of a credential: keccak256 of its 32-byte targetHash.</summary>
    public static byte[] Leaf(byte[] targetHash) => Sha3Keccack.Current.CalculateHash(targetHash);

    /// <summary>Folds a proof from a credential's leaf node to the root, as OpenZeppelin's MerkleProof.processProof does.</summary>
    public static byte[] Fold(byte[] targetHash, IEnumerable<byte[]> proof) => proof.Aggregate(Leaf(targetHash), HashPair);

    public static byte[] HashPair(byte[] a, byte[] b) =>
        ByteOrder.Instance.Compare(a, b) <= 0
            ? Sha3Keccack.Current.CalculateHash([.. a, .. b])
            : Sha3Keccack.Current.CalculateHash([.. b, .. a]);

    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static readonly ByteOrder Instance = new();

        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
