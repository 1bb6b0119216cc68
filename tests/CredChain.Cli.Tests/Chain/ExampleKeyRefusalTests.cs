using CredChain.Cli.Chain;
using Nethereum.Signer;
using Nethereum.Web3.Accounts;

namespace CredChain.Cli.Tests.Chain;

public sealed class ExampleKeyRefusalTests
{
    private static readonly Account AnvilAccount0 = new("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", 20250);
    private static readonly Account ExampleRpcNode = new("0x3972b1f17a43afed9963e7ddd5dbd7466566941bcabb1a9221366624803097b7", 20250);

    [Fact]
    public void Reason_AnvilKeyOnABesuNode_RefusesNamingTheKeyTheNodeAndTheFlag()
    {
        var reason = ExampleKeyRefusal.Reason("deployer", AnvilAccount0, 20250, "besu/v25.10.0/linux-x86_64/openjdk-java-21", isDevNode: false, allowed: false);

        Assert.Equal(
            "the deployer key is anvil's well-known dev account #0: anyone can sign with it. Refusing to use it on chain 20250 " +
            "(besu/v25.10.0/linux-x86_64/openjdk-java-21, not a local dev node). Use a key of your own, or pass --allow-example-keys on a throwaway test network.",
            reason);
    }

    [Fact]
    public void Reason_ExampleBesuNodeKeyOnANodeThatDoesNotNameItself_Refuses()
    {
        var reason = ExampleKeyRefusal.Reason("governor", ExampleRpcNode, 20250, "", isDevNode: false, allowed: false);

        Assert.Equal(
            "the governor key is the example Besu network's rpcnode1 node key (deploy/besu): anyone can sign with it. Refusing to use it on chain 20250 " +
            "(a node that does not name itself, not a local dev node). Use a key of your own, or pass --allow-example-keys on a throwaway test network.",
            reason);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Reason_ExampleKeyOnADevNodeOrWhenAllowed_IsNone(bool isDevNode, bool allowed)
    {
        Assert.Null(ExampleKeyRefusal.Reason("deployer", AnvilAccount0, 1337, "anvil/v1.3.5", isDevNode, allowed));
    }

    [Fact]
    public void Reason_AKeyOfItsOwn_IsNone()
    {
        var own = new Account(EthECKey.GenerateKey(), 20250);

        Assert.Null(ExampleKeyRefusal.Reason("deployer", own, 20250, "besu/v25.10.0", isDevNode: false, allowed: false));
    }
}
