using BenchmarkDotNet.Attributes;
using CredChain.Core.Canonicalization;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Issuing;
using CredChain.Core.Leaves;

namespace CredChain.Bench.Core;

/// <summary>Target: canonicalize + hash a typical certificate in ≤ 20 µs.</summary>
[MemoryDiagnoser]
public class CertificateHashingBenchmarks
{
    private CredentialFactory _factory = null!;
    private CredentialDocument _document = null!;
    private byte[] _preimages = null!;
    private int[] _offsets = null!;
    private Hash32[] _leafHashes = null!;
    private readonly CredentialDraft[] _group = [.. Enumerable.Repeat(BenchData.Draft, CredentialFactory.MaxGroup)];
    private readonly IssueOutcome[] _outcomes = new IssueOutcome[CredentialFactory.MaxGroup];

    [GlobalSetup]
    public void Setup()
    {
        _factory = BenchData.Factory();
        _document = _factory.Create(BenchData.Draft);
        var preimages = CredentialHashing.ComputeLeaves(_document).Select(leaf => leaf.Preimage).ToArray();
        _preimages = [.. preimages.SelectMany(preimage => preimage)];
        _offsets = new int[preimages.Length + 1];
        for (var i = 0; i < preimages.Length; i++)
        {
            _offsets[i + 1] = _offsets[i] + preimages[i].Length;
        }

        _leafHashes = new Hash32[preimages.Length];
        var fourAtATime = HashLeavesFourAtATime().ToArray();
        if (!HashLeavesOneByOne().SequenceEqual(fourAtATime))
        {
            throw new InvalidOperationException("Keccak256x4 disagrees with Keccak256.");
        }
    }

    /// <summary>The certificate's leaf preimages (the subject leaves only: the envelope is one more leaf, hashed on its own), one at a time as before.</summary>
    [Benchmark]
    public Hash32[] HashLeavesOneByOne()
    {
        for (var i = 0; i < _leafHashes.Length; i++)
        {
            _leafHashes[i] = Keccak256.Hash(_preimages.AsSpan(_offsets[i].._offsets[i + 1]));
        }

        return _leafHashes;
    }

    /// <summary>The same preimages hashed four at a time, as the issuing walk now does.</summary>
    [Benchmark]
    public Hash32[] HashLeavesFourAtATime()
    {
        Keccak256x4.HashMany(_preimages, _offsets, _leafHashes);
        return _leafHashes;
    }

    /// <summary>Recompute every salted leaf (JCS preimage + Keccak) and the targetHash of an issued certificate.</summary>
    [Benchmark]
    public Hash32 HashCertificate() => CredentialHashing.ComputeTargetHash(_document);

    /// <summary>Everything the issuing service does per credential: write the VC JSON, draw salts, hash leaves, targetHash.</summary>
    [Benchmark]
    public CredentialDocument IssueCertificate() => _factory.Create(BenchData.Draft);

    /// <summary>The bulk upload's route to the same document: one walk over the written credential (leaf preimages hashed four at a time), then its bytes.</summary>
    [Benchmark]
    public IssuedCredential IssueCertificateBytes() => _factory.Issue(BenchData.Draft);

    /// <summary>
    /// The upload's route: four drafts issued as one group into the thread's buffers (their envelope leaves and
    /// targetHashes four at a time); reported per credential.
    /// </summary>
    [Benchmark(OperationsPerInvoke = CredentialFactory.MaxGroup)]
    public IssueOutcome IssueTransientGroupOfFour()
    {
        _factory.IssueTransient(_group, _outcomes);
        return _outcomes[^1];
    }

    /// <summary>RFC 8785 canonical form of the whole credential subject.</summary>
    [Benchmark]
    public byte[] CanonicalizeSubject() => CanonicalJson.Canonicalize(BenchData.Subject);
}
