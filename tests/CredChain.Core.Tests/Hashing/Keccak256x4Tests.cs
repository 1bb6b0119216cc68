using System.Text;
using CredChain.Core.Hashing;
using CsCheck;

namespace CredChain.Core.Tests.Hashing;

public sealed class Keccak256x4Tests
{
    private static readonly string[] KnownInputs = ["", "abc", "The quick brown fox jumps over the lazy dog", "testing"];

    private static readonly Hash32[] KnownHashes =
    [
        Hash32.Parse("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"),
        Hash32.Parse("0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"),
        Hash32.Parse("0x4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15"),
        Hash32.Parse("0x5f16f4c7f149ac4f9510d9cf8cf384038ad348b3bcdc01915f95de12df9d1b02"),
    ];

    /// <summary>Empty, one byte, around one rate (136), around two, and more than three blocks.</summary>
    private static readonly int[] EdgeLengths = [0, 1, 135, 136, 137, 271, 272, 500];

    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>The messages laid end to end, with the offsets <see cref="Keccak256x4.HashMany(ReadOnlySpan{byte}, ReadOnlySpan{int}, Span{Hash32})"/> takes.</summary>
    private static (byte[] Data, int[] Offsets) Concatenate(byte[][] messages)
    {
        var offsets = new int[messages.Length + 1];
        for (var i = 0; i < messages.Length; i++)
        {
            offsets[i + 1] = offsets[i] + messages[i].Length;
        }

        return (messages.SelectMany(m => m).ToArray(), offsets);
    }

    [Fact]
    public void Permute_WithAvx2AndWithAvx512_IsTheScalarPermutationInEveryLane()
    {
        // The dispatching Permute takes one instruction set per machine; each is checked here against the scalar one.
        var random = new Random(7);
        var lanes = new ulong[4][];
        var state = new System.Runtime.Intrinsics.Vector256<ulong>[25];
        for (var k = 0; k < 4; k++)
        {
            lanes[k] = new ulong[25];
            for (var i = 0; i < 25; i++)
            {
                lanes[k][i] = (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63);
            }
        }

        for (var i = 0; i < 25; i++)
        {
            state[i] = System.Runtime.Intrinsics.Vector256.Create(lanes[0][i], lanes[1][i], lanes[2][i], lanes[3][i]);
        }

        var expected = lanes.Select(l =>
        {
            var copy = l.ToArray();
            Keccak256.Permute(copy);
            return copy;
        }).ToArray();

        var instructionSets = new List<(string Name, Action<System.Runtime.Intrinsics.Vector256<ulong>[]> Permute)>();
        if (System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated)
        {
            instructionSets.Add(("AVX2", s => KeccakF1600x4.Permute<KeccakF1600x4.Avx2Ops>(s)));
        }

        if (KeccakF1600x4.Avx512Ops.IsSupported)
        {
            instructionSets.Add(("AVX-512", s => KeccakF1600x4.Permute<KeccakF1600x4.Avx512Ops>(s)));
        }

        Assert.NotEmpty(instructionSets);
        foreach (var (name, permute) in instructionSets)
        {
            var permuted = state.ToArray();
            permute(permuted);
            for (var k = 0; k < 4; k++)
            {
                Assert.True(expected[k].SequenceEqual(permuted.Select(v => v[k])), $"{name}, lane {k}");
            }
        }
    }

    [Fact]
    public void Hash_FourEmptyMessages_IsTheKnownEmptyHashInEveryLane()
    {
        var destination = new Hash32[4];
        Keccak256x4.HashVectorized([], [], [], [], destination);
        Assert.Equal(Enumerable.Repeat(KnownHashes[0], 4), destination);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Hash_KnownInputsInAnyLane_MatchEthereumKeccak(int rotation)
    {
        var lane = Enumerable.Range(0, 4).Select(i => (i + rotation) % 4).ToArray();
        var inputs = lane.Select(i => Encoding.UTF8.GetBytes(KnownInputs[i])).ToArray();
        var vectorized = new Hash32[4];
        var dispatched = new Hash32[5];

        Keccak256x4.HashVectorized(inputs[0], inputs[1], inputs[2], inputs[3], vectorized);
        Keccak256x4.Hash(inputs[0], inputs[1], inputs[2], inputs[3], dispatched);

        var expected = lane.Select(i => KnownHashes[i]).ToArray();
        Assert.Equal(expected, vectorized);
        Assert.Equal([.. expected, Hash32.Zero], dispatched);
    }

    [Fact]
    public void Hash_EveryMixOfEdgeLengths_MatchesScalarInEveryLane()
    {
        // Per lane its own bytes, so a lane reading another lane's block would show.
        var messages = Enumerable.Range(0, 4)
            .Select(lane => EdgeLengths.Select(length => RandomBytes(length, (lane * 1000) + length)).ToArray())
            .ToArray();
        var expected = messages.Select(lane => lane.Select(m => Keccak256.Hash(m)).ToArray()).ToArray();
        var actual = new Hash32[4];
        var mixes = 0;
        foreach (var l0 in Enumerable.Range(0, EdgeLengths.Length))
        {
            foreach (var l1 in Enumerable.Range(0, EdgeLengths.Length))
            {
                foreach (var l2 in Enumerable.Range(0, EdgeLengths.Length))
                {
                    foreach (var l3 in Enumerable.Range(0, EdgeLengths.Length))
                    {
                        Keccak256x4.HashVectorized(messages[0][l0], messages[1][l1], messages[2][l2], messages[3][l3], actual);
                        Assert.Equal([expected[0][l0], expected[1][l1], expected[2][l2], expected[3][l3]], actual);
                        mixes++;
                    }
                }
            }
        }

        Assert.Equal(4096, mixes);
    }

    [Fact]
    public void HashMany_RandomMessages_MatchScalar_VectorizedAndNot()
    {
        var messages = Gen.Byte.Array[0, 600].Array[0, 40];
        messages.Sample(list =>
        {
            var (data, offsets) = Concatenate(list);
            var expected = list.Select(m => Keccak256.Hash(m)).ToArray();
            var vectorized = new Hash32[list.Length];
            var scalar = new Hash32[list.Length];

            Keccak256x4.HashMany(data, offsets, vectorized, vectorized: true);
            Keccak256x4.HashMany(data, offsets, scalar, vectorized: false);

            Assert.Equal(expected, vectorized);
            Assert.Equal(expected, scalar);
        }, iter: 300);
    }

    [Fact]
    public void HashMany_MoreMessagesThanFitOnTheStack_MatchScalar()
    {
        var list = Enumerable.Range(0, 1001).Select(i => RandomBytes(EdgeLengths[i % EdgeLengths.Length] + (i % 3), i)).ToArray();
        var (data, offsets) = Concatenate(list);
        var actual = new Hash32[list.Length];

        Keccak256x4.HashMany(data, offsets, actual);

        Assert.Equal(list.Select(m => Keccak256.Hash(m)), actual);
    }

    [Fact]
    public void HashMany_MessagesInsideLargerData_LeavesTheRestOfTheDestination()
    {
        var data = RandomBytes(400, 3);
        int[] offsets = [10, 10, 150, 151, 399];
        var destination = new Hash32[6];

        Keccak256x4.HashMany(data, offsets, destination);

        Hash32[] expected = [KnownHashes[0], Keccak256.Hash(data.AsSpan(10..150)), Keccak256.Hash(data.AsSpan(150..151)), Keccak256.Hash(data.AsSpan(151..399)), Hash32.Zero, Hash32.Zero];
        Assert.Equal(expected, destination);
    }

    [Theory]
    [InlineData(new int[0])]
    [InlineData(new[] { 5 })]
    public void HashMany_NoMessages_WritesNothing(int[] offsets)
    {
        var destination = new Hash32[1];
        Keccak256x4.HashMany(new byte[8], offsets, destination);
        Assert.Equal([Hash32.Zero], destination);
    }

    [Theory]
    [InlineData(new[] { 0, 5, 3 })]
    [InlineData(new[] { -1, 3 })]
    [InlineData(new[] { 0, 9 })]
    public void HashMany_OffsetsOutsideTheData_Throw(int[] offsets)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Keccak256x4.HashMany(new byte[8], offsets, new Hash32[2]));
        Assert.Equal("offsets", exception.ParamName);
    }

    [Fact]
    public void HashMany_ShortDestination_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => Keccak256x4.HashMany(new byte[8], [0, 1, 2, 3], new Hash32[2]));
        Assert.Equal("destination", exception.ParamName);
    }

    [Fact]
    public void Hash_ShortDestination_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => Keccak256x4.Hash([], [], [], [], new Hash32[3]));
        Assert.Equal("destination", exception.ParamName);
    }
}
