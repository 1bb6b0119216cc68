using BenchmarkDotNet.Attributes;
using CredChain.Core.Hashing;
using CredChain.Core.Merkle;

namespace CredChain.Bench.Core;

/// <summary>Target: build the tree over 500,000 targetHashes in ≤ 1 s on one thread.</summary>
[MemoryDiagnoser]
public class MerkleTreeBenchmarks
{
    private Hash32[] _leaves = null!;
    private MerkleTree _tree = null!;

    [Params(500_000)]
    public int Leaves { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _leaves = BenchData.RandomHashes(Leaves);
        _tree = MerkleTree.Build(_leaves);
    }

    [Benchmark]
    public Hash32 BuildTree() => MerkleTree.Build(_leaves).Root;

    /// <summary>Proofs for every credential of the batch, as the anchoring worker writes them.</summary>
    [Benchmark]
    public int AllProofs()
    {
        var total = 0;
        for (var i = 0; i < _tree.Count; i++)
        {
            total += _tree.GetProof(i).Length;
        }

        return total;
    }
}
