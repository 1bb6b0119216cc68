using System.Text;
using CredChain.Core.Hashing;
using Nethereum.Util;

namespace CredChain.Core.Tests.Hashing;

public sealed class Keccak256Tests
{
    [Theory]
    [InlineData("", "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")]
    [InlineData("abc", "0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")]
    [InlineData("The quick brown fox jumps over the lazy dog", "0x4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15")]
    [InlineData("testing", "0x5f16f4c7f149ac4f9510d9cf8cf384038ad348b3bcdc01915f95de12df9d1b02")]
    public void Hash_KnownInputs_MatchesEthereumKeccak(string input, string expected)
    {
        Assert.Equal(Hash32.Parse(expected), Keccak256.Hash(Encoding.UTF8.GetBytes(input)));
    }

    [Fact]
    public void Hash_EmptyInput_IsNotSha3()
    {
        // SHA3-256("") differs from Keccak-256(""): the padding byte is what makes Ethereum's hash.
        var sha3OfEmpty = Hash32.Parse("0xa7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a");
        Assert.NotEqual(sha3OfEmpty, Keccak256.Hash([]));
    }

    [Fact]
    public void Hash_EveryLengthAroundTheRate_MatchesNethereum()
    {
        var sha3 = new Sha3Keccack();
        var random = new Random(7);
        for (var length = 0; length <= 3 * 136 + 2; length++)
        {
            var data = new byte[length];
            random.NextBytes(data);
            Assert.Equal(Hash32.FromBytes(sha3.CalculateHash(data)), Keccak256.Hash(data));
        }
    }

    [Fact]
    public void Hash_SpanOverload_WritesTheSameBytes()
    {
        var data = "credchain"u8.ToArray();
        var destination = new byte[40];
        Keccak256.Hash(data, destination);
        Assert.Equal(Keccak256.Hash(data).ToByteArray(), destination[..32]);
        Assert.All(destination[32..], b => Assert.Equal(0, b));
    }

    [Fact]
    public void Hash_ShortDestination_Throws()
    {
        Assert.Throws<ArgumentException>(() => Keccak256.Hash([], new byte[31]));
    }

    [Fact]
    public void HashPair_IsKeccakOfConcatenation()
    {
        var a = Keccak256.Hash("a"u8);
        var b = Keccak256.Hash("b"u8);
        Assert.Equal(Keccak256.Hash([.. a.ToByteArray(), .. b.ToByteArray()]), Keccak256.HashPair(a, b));
    }
}
