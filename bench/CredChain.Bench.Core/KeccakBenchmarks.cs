using BenchmarkDotNet.Attributes;
using CredChain.Core.Hashing;
using Nethereum.Util;
using Org.BouncyCastle.Crypto.Digests;

namespace CredChain.Bench.Core;

/// <summary>
/// Our span-based Keccak-256 against Nethereum's <c>Sha3Keccack</c> and BouncyCastle's <c>KeccakDigest</c> on a
/// Merkle pair (64 bytes) and a typical leaf preimage (about 120 bytes): the issue asks to keep the fastest correct one.
/// Also four messages at a time, one by one against <see cref="Keccak256x4"/>; those report time per message
/// (<c>OperationsPerInvoke = 4</c>), so every row compares with the one-message baseline.
/// </summary>
[MemoryDiagnoser]
public class KeccakBenchmarks
{
    private readonly Sha3Keccack _nethereum = new();
    private readonly byte[] _output = new byte[32];
    private readonly Hash32[] _four = new Hash32[4];
    private byte[] _input = null!;
    private byte[][] _inputs = null!;
    private byte[] _concatenated = null!;
    private int[] _offsets = null!;

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

        var random = new Random(2);
        _inputs = [.. Enumerable.Range(0, 4).Select(_ => new byte[Bytes])];
        Array.ForEach(_inputs, random.NextBytes);
        _concatenated = [.. _inputs.SelectMany(input => input)];
        _offsets = [0, Bytes, 2 * Bytes, 3 * Bytes, 4 * Bytes];
        var oneByOne = ScalarFour().ToArray();
        foreach (var fourAtOnce in new Func<Hash32[]>[] { VectorizedFour, HashManyFour })
        {
            Array.Clear(_four);
            if (!fourAtOnce().SequenceEqual(oneByOne))
            {
                throw new InvalidOperationException("Keccak256x4 disagrees with Keccak256.");
            }
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

    /// <summary>Four messages, one at a time with the scalar hash.</summary>
    [Benchmark(OperationsPerInvoke = 4)]
    public Hash32[] ScalarFour()
    {
        for (var i = 0; i < 4; i++)
        {
            _four[i] = Keccak256.Hash(_inputs[i]);
        }

        return _four;
    }

    /// <summary>The same four messages at once.</summary>
    [Benchmark(OperationsPerInvoke = 4)]
    public Hash32[] VectorizedFour()
    {
        Keccak256x4.Hash(_inputs[0], _inputs[1], _inputs[2], _inputs[3], _four);
        return _four;
    }

    /// <summary>The same four messages through <see cref="Keccak256x4.HashMany"/> (offsets checked, grouped by block count), as the issuing walk calls it.</summary>
    [Benchmark(OperationsPerInvoke = 4)]
    public Hash32[] HashManyFour()
    {
        Keccak256x4.HashMany(_concatenated, _offsets, _four);
        return _four;
    }
}
