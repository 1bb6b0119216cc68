using BenchmarkDotNet.Attributes;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Leaves;
using CredChain.Core.Merkle;

namespace CredChain.Bench.Core;

/// <summary>Target: verify a document offline (integrity + a 19-deep Merkle path) in ≤ 50 µs.</summary>
[MemoryDiagnoser]
public class OfflineVerificationBenchmarks
{
    private CredentialDocument _document = null!;
    private byte[] _bytes = null!;

    [GlobalSetup]
    public void Setup()
    {
        var issued = BenchData.Factory().Create(BenchData.Draft);
        var leaves = BenchData.RandomHashes((1 << 19) - 1).Append(issued.Proof.TargetHash).ToArray();
        var tree = MerkleTree.Build(leaves);
        var path = tree.GetProof(issued.Proof.TargetHash);
        if (path.Length != 19)
        {
            throw new InvalidOperationException($"Expected a 19-deep path, got {path.Length}.");
        }

        _document = issued.WithAnchor(tree.Root, path, new AnchorRef(BenchData.ChainId, BenchData.Registry, Keccak256.Hash("tx"u8), 1));
        _bytes = _document.ToUtf8Bytes();
    }

    /// <summary>Integrity and Merkle path of a parsed document.</summary>
    [Benchmark]
    public bool VerifyParsed() => Verify(_document);

    /// <summary>Parse the uploaded bytes, then integrity and Merkle path.</summary>
    [Benchmark]
    public bool ParseAndVerify() => Verify(CredentialDocument.Parse(_bytes));

    private static bool Verify(CredentialDocument document) =>
        CredentialHashing.ComputeTargetHash(document) == document.Proof.TargetHash
        && MerkleTree.Verify(document.Proof.TargetHash, document.Proof.MerklePath.AsSpan(), document.Proof.MerkleRoot!.Value);
}
