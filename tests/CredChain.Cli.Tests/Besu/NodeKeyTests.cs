using CredChain.Cli.Besu;
using CredChain.Cli.Tests.Support;

namespace CredChain.Cli.Tests.Besu;

public sealed class NodeKeyTests
{
    [Fact]
    public void FromPrivateKey_AnvilAccount0_DerivesPublishedPublicKeyAndAddress()
    {
        var key = NodeKey.FromPrivateKey(Convert.FromHexString(DevAccounts.Account0PrivateKey));

        Assert.Equal(DevAccounts.Account0PublicKey, key.PublicKeyHex);
        Assert.Equal(DevAccounts.Account0, key.Address.Checksummed);
    }

    [Fact]
    public void ToBesuKeyFile_IsBesusFormatAndReadsBack()
    {
        var key = NodeKey.FromPrivateKey(Convert.FromHexString(DevAccounts.Account0PrivateKey));

        var file = key.ToBesuKeyFile();

        Assert.Equal("0x" + DevAccounts.Account0PrivateKey, file);
        Assert.Equal(key.Address, NodeKey.FromBesuKeyFile(file + "\n").Address);
        Assert.Equal(key.Address, NodeKey.FromBesuKeyFile(DevAccounts.Account0PrivateKey).Address);
        Assert.Equal("0x" + DevAccounts.Account0PublicKey, key.ToBesuPublicKeyFile());
    }

    [Fact]
    public void Generate_ManyKeys_AreDistinctAndSurviveTheirKeyFile()
    {
        var keys = Enumerable.Range(0, 32).Select(_ => NodeKey.Generate()).ToList();

        Assert.Equal(keys.Count, keys.Select(k => k.Address).Distinct().Count());
        Assert.All(keys, k =>
        {
            Assert.Matches("^0x[0-9a-f]{64}$", k.ToBesuKeyFile());
            Assert.Equal(k.Address, NodeKey.FromBesuKeyFile(k.ToBesuKeyFile()).Address);
        });
    }

    [Theory]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")] // n itself
    [InlineData("00")]
    public void FromPrivateKey_OutsideTheCurveOrder_Throws(string hex)
    {
        Assert.Throws<ArgumentException>(() => NodeKey.FromPrivateKey(Convert.FromHexString(hex)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("0x1234")]
    [InlineData("0xzz0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")]
    public void FromBesuKeyFile_NotAKey_ThrowsFormatException(string content)
    {
        Assert.Throws<FormatException>(() => NodeKey.FromBesuKeyFile(content));
    }
}
