using CredChain.Ethereum.Keys;
using CredChain.Ethereum.Tests.Support;
using Nethereum.Signer;

namespace CredChain.Ethereum.Tests.Keys;

public sealed class ExampleKeysTests
{
    [Fact]
    public void ExampleKeys_HoldEveryNodeKeyCommittedUnderDeployBesu()
    {
        var nodes = Directory.GetDirectories(System.IO.Path.Combine(RepositoryRoot.Path, "deploy", "besu", "nodes")).Order(StringComparer.Ordinal).ToList();
        var committed = nodes.Select(folder => (
            Key: File.ReadAllText(System.IO.Path.Combine(folder, "key")).Trim(),
            Address: File.ReadAllText(System.IO.Path.Combine(folder, "address")).Trim().ToLowerInvariant(),
            Node: System.IO.Path.GetFileName(folder))).ToList();

        var found = committed.Select(c => ExampleKeys.FindByPrivateKey(c.Key)).ToList();

        Assert.Equal(5, committed.Count);
        Assert.Equal(
            committed.Select(c => new ExampleKey(c.Key.ToLowerInvariant(), c.Address, ExampleKeyKind.ExampleBesuNode, c.Node)),
            found);
    }

    [Fact]
    public void ExampleKeys_HoldAnvilsTenDefaultAccounts()
    {
        var anvil = ExampleKeys.All.Where(k => k.Kind == ExampleKeyKind.AnvilDevAccount).Select(k => (k.Name, k.Address));

        Assert.Equal(
            [
                ("#0", "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"),
                ("#1", "0x70997970c51812dc3a010c7d01b50e0d17dc79c8"),
                ("#2", "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc"),
                ("#3", "0x90f79bf6eb2c4f870365e785982e1f101e93b906"),
                ("#4", "0x15d34aaf54267db7d7c367839aaf71a00a2c6a65"),
                ("#5", "0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc"),
                ("#6", "0x976ea74026e726554db657fa54763abd0c3a0aa9"),
                ("#7", "0x14dc79964da2c08b23698b3d3cc7ca32193d9955"),
                ("#8", "0x23618e81e3f5cdf7f54c3d65f7fbc0abf5b21e8f"),
                ("#9", "0xa0ee7a142d267c1f36714e4a8f75612f20a79720"),
            ],
            anvil);
    }

    [Theory]
    [InlineData("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d")]
    [InlineData("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d")]
    [InlineData("0X59C6995E998F97A5A0044966F0945389DC9E86DAE88C7A8412F4603B6B78690D")]
    [InlineData("  0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d\n")]
    public void FindByPrivateKey_AnySpellingOfAnvilAccount1_FindsIt(string spelling)
    {
        var key = ExampleKeys.FindByPrivateKey(spelling);

        Assert.Equal(
            new ExampleKey("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d", "0x70997970c51812dc3a010c7d01b50e0d17dc79c8", ExampleKeyKind.AnvilDevAccount, "#1"),
            key);
        Assert.Equal("anvil's well-known dev account #1", key!.Description);
    }

    [Fact]
    public void FindByPrivateKey_TheBytesOfAnvilAccount0_FindsIt()
    {
        var key = ExampleKeys.FindByPrivateKey(Convert.FromHexString("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"));

        Assert.Equal(("#0", "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"), (key?.Name, key?.Address));
    }

    [Fact]
    public void FindByPrivateKey_AFreshKey_IsNotAnExample()
    {
        var fresh = EthECKey.GenerateKey();

        Assert.Equal(
            (null, null, null),
            (ExampleKeys.FindByPrivateKey(fresh.GetPrivateKey()), ExampleKeys.FindByPrivateKey(fresh.GetPrivateKeyAsBytes()), ExampleKeys.FindByAddress(fresh.GetPublicAddress())));
    }

    [Fact]
    public void FindByAddress_AChecksummedExampleValidatorAddress_FindsItsNodeKey()
    {
        var key = ExampleKeys.FindByAddress("0x2eCc4775602D367d91aE3916974AA0b8410DE513");

        Assert.Equal(("validator1", "the example Besu network's validator1 node key (deploy/besu)"), (key?.Name, key?.Description));
    }
}
