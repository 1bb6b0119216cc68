using System.Buffers;
using BenchmarkDotNet.Attributes;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Issuing;
using CredChain.Core.Merkle;

namespace CredChain.Bench.Core;

/// <summary>
/// What the issuing service does per credential of a cohort upload (create + serialize) and per document it serves
/// once the batch is anchored (Parse + WithAnchor against the anchored writer: its fast path for the compact documents
/// the service stores, its streamed path for any other form).
/// </summary>
[MemoryDiagnoser]
public class DocumentPipelineBenchmarks
{
    private CredentialFactory _factory = null!;
    private CredentialDocument _document = null!;
    private byte[] _stored = null!;
    private byte[] _indented = null!;
    private Hash32 _root;
    private Hash32[] _path = null!;
    private AnchoredDocumentWriter _writer = null!;
    private readonly AnchorRef _anchor = new(31337, "0x5fbdb2315678afecb367f032d93f642f64180aa3", Keccak256.Hash("tx"u8), 42);
    private readonly ArrayBufferWriter<byte> _output = new(8192);

    [GlobalSetup]
    public void Setup()
    {
        _factory = BenchData.Factory();
        _document = _factory.Create(BenchData.Draft);
        _stored = _document.ToUtf8Bytes();
        _indented = _document.ToUtf8Bytes(indented: true);
        var leaves = Enumerable.Range(0, 1 << 19).Select(i => Keccak256.Hash(BitConverter.GetBytes(i))).Append(_document.Proof.TargetHash).ToArray();
        var tree = MerkleTree.Build(leaves);
        _root = tree.Root;
        _path = tree.GetProof(_document.Proof.TargetHash);
        _writer = new AnchoredDocumentWriter(tree, _anchor);
    }

    /// <summary>Upload, step 1: the factory (VC JSON, salts, leaf hashes, targetHash).</summary>
    [Benchmark]
    public CredentialDocument Create() => _factory.Create(BenchData.Draft);

    /// <summary>Upload, step 2: the stored text.</summary>
    [Benchmark]
    public string ToJsonString() => _document.ToJsonString();

    /// <summary>Upload, both steps as the Issuer runs them.</summary>
    [Benchmark]
    public string CreateAndSerialize() => _factory.Create(BenchData.Draft).ToJsonString();

    /// <summary>Retrieval, before: parse the stored document, attach the proof, write it.</summary>
    [Benchmark]
    public byte[] ParseWithAnchor() => CredentialDocument.Parse(_stored).WithAnchor(_root, _path, _anchor).ToUtf8Bytes();

    /// <summary>Retrieval as the issuing service does it: the stored compact document, its proof completed in place.</summary>
    [Benchmark]
    public int WriteAnchored()
    {
        _output.ResetWrittenCount();
        _writer.Write(_stored, _output);
        return _output.WrittenCount;
    }

    /// <summary>Retrieval of a document in another form (indented): streamed token by token.</summary>
    [Benchmark]
    public int WriteAnchoredIndented()
    {
        _output.ResetWrittenCount();
        _writer.Write(_indented, _output);
        return _output.WrittenCount;
    }
}
