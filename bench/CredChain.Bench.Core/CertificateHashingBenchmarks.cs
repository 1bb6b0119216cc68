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

    [GlobalSetup]
    public void Setup()
    {
        _factory = BenchData.Factory();
        _document = _factory.Create(BenchData.Draft);
    }

    /// <summary>Recompute every salted leaf (JCS preimage + Keccak) and the targetHash of an issued certificate.</summary>
    [Benchmark]
    public Hash32 HashCertificate() => CredentialHashing.ComputeTargetHash(_document);

    /// <summary>Everything the issuing service does per credential: write the VC JSON, draw salts, hash leaves, targetHash.</summary>
    [Benchmark]
    public CredentialDocument IssueCertificate() => _factory.Create(BenchData.Draft);

    /// <summary>RFC 8785 canonical form of the whole credential subject.</summary>
    [Benchmark]
    public byte[] CanonicalizeSubject() => CanonicalJson.Canonicalize(BenchData.Subject);
}
