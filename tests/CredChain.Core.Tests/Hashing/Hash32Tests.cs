using CredChain.Core.Hashing;

namespace CredChain.Core.Tests.Hashing;

public sealed class Hash32Tests
{
    private const string Hex = "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470";

    [Fact]
    public void Parse_AndToString_RoundTripLowercase()
    {
        Assert.Equal(Hex, Hash32.Parse(Hex).ToString());
        Assert.Equal(Hex, Hash32.Parse(Hex.ToUpperInvariant().Replace("0X", "0x", StringComparison.Ordinal)).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")]
    [InlineData("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a47")]
    [InlineData("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a4700")]
    [InlineData("0xz5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")]
    public void TryParse_Malformed_Fails(string text)
    {
        Assert.False(Hash32.TryParse(text, out _));
        Assert.Throws<FormatException>(() => Hash32.Parse(text));
    }

    [Fact]
    public void FromBytes_AndCopyTo_RoundTrip()
    {
        var bytes = Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray();
        Assert.Equal(bytes, Hash32.FromBytes(bytes).ToByteArray());
        Assert.Throws<ArgumentException>(() => Hash32.FromBytes(new byte[31]));
    }

    [Fact]
    public void CompareTo_IsUnsignedByteOrder()
    {
        var values = new[] { "00", "01", "7f", "80", "ff" }
            .SelectMany(first => new[] { "00", "ff" }.Select(last => Hash32.Parse("0x" + first + new string('0', 60) + last)))
            .ToArray();
        var bytewise = values.OrderBy(h => h.ToByteArray(), Comparer<byte[]>.Create((a, b) => a.AsSpan().SequenceCompareTo(b))).ToArray();
        Assert.Equal(bytewise, values.Order().ToArray());
        Assert.True(values[0] < values[^1]);
        Assert.True(values[^1] >= values[0]);
    }

    [Fact]
    public void Equality_IsByValue()
    {
        Assert.Equal(Hash32.Parse(Hex), Hash32.Parse(Hex));
        Assert.True(Hash32.Parse(Hex) == Hash32.Parse(Hex));
        Assert.NotEqual(Hash32.Zero, Hash32.Parse(Hex));
        Assert.Equal(Hash32.Parse(Hex).GetHashCode(), Hash32.Parse(Hex).GetHashCode());
    }
}
