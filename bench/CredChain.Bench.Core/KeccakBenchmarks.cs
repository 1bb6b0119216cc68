using BenchmarkDotNet.Attributes;
using CredChain.Core.Hashing;
using Nethereum.Util;
using Org.BouncyCastle.Crypto.Digests;

namespace CredChain.Bench.Core;

/// <summary>
/// Our span-based Keccak-256 against Nethereum's <c>Sha3Keccack</c> and BouncyCastle's <c>KeccakDigest</c> on a
/// Merkle pair (64 bytes) and a typical leaf preimage (about 120 bytes): the issue asks to keep the fastest correct one.
/// </summary>
[MemoryDiagnoser]
public class KeccakBenchmarks
{
    private readonly Sha3Keccack _nethereum = new();
    private readonly byte[] _output = new byte[32];
    private byte[] _input = null!;

    [Params(64, 120)]
    public int Bytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _input = new byte[Bytes];
        new Random(1).NextBytes(_input);
        var ours = Keccak256.Hash(_input);
        if (ours != Hash32.FromBytes(_nethereum.CalculateHash(_input)) || ours != Hash32.FromBytes(BouncyCastle()))
        {
            throw new InvalidOperationException("The implementations disagree.");
        }
    }

    [Benchmark(Baseline = true)]
    public Hash32 CredChainSpan() => Keccak256.Hash(_input);

    [Benchmark]
    public byte[] Nethereum() => _nethereum.CalculateHash(_input);

    [Benchmark]
    public byte[] BouncyCastle()
    {
        var digest = new KeccakDigest(256);
        digest.BlockUpdate(_input, 0, _input.Length);
        digest.DoFinal(_output, 0);
        return _output;
    }
}
