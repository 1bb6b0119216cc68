using CredChain.Ethereum.Errors;
using CredChain.Ethereum.Registry;
using CredChain.Ethereum.Tests.Support;
using CredChain.Ethereum.Transactions;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Util;

namespace CredChain.Ethereum.Tests.Registry;

[Collection(ChainTests.Name)]
public sealed class AnchorTests(ChainFixture chain)
{
    [Fact]
    public async Task Anchor_AccreditedIssuer_RecordsIssuerAndBlockTimeAndLogsEvent()
    {
        var issuer = await chain.NewAccreditedIssuerAsync("Tsinghua");
        var targetHash = Bytes32.Random();
        var root = TestMerkleTree.Leaf(targetHash);

        var receipt = await chain.Registry.AnchorAsync(issuer, root);

        var anchoredAt = await chain.BlockTimeAsync(receipt);
        Assert.Equal(
            new RootVerification(true, issuer.Address, anchoredAt, true, null, null, true, true, ChainFixture.Profile("Tsinghua")),
            await chain.Registry.VerifyAsync(root, targetHash, []));
        var logged = Assert.Single(await chain.Registry.GetRootAnchoredEventsAsync(receipt.Block()));
        Assert.Equal(
            (root.ToHex(), issuer.Address.ToLowerInvariant(), (ulong)anchoredAt.ToUnixTimeSeconds(), receipt.TransactionHash),
            (logged.Event.Root.ToHex(), logged.Event.Issuer.ToLowerInvariant(), logged.Event.AnchoredAt, logged.TransactionHash));
        var fromReceipt = chain.Registry.FindRootAnchored(receipt);
        Assert.Equal(root.ToHex(), fromReceipt?.Root.ToHex());
    }

    [Fact]
    public async Task Anchor_Calldata_IsTheSelectorAndTheRootOnly()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();
        var root = Bytes32.Random();

        var receipt = await chain.Registry.AnchorAsync(issuer, root);

        var transaction = await chain.Web3.Eth.Transactions.GetTransactionByHash.SendRequestAsync(receipt.TransactionHash);
        var selector = Sha3Keccack.Current.CalculateHash("anchor(bytes32)"u8.ToArray())[..4];
        Assert.Equal(((byte[])[.. selector, .. root]).ToHex(prefix: true), transaction.Input);
        Assert.Equal(36, transaction.Input.HexToByteArray().Length);
    }

    [Fact]
    public async Task Anchor_AccountNeverAccredited_RevertsIssuerNotAccredited()
    {
        var stranger = await chain.NewAccountAsync();

        await Revert.AssertAsync(
            ChainErrorCode.IssuerNotAccredited,
            () => chain.Registry.AnchorAsync(stranger, Bytes32.Random()),
            ("issuer", stranger.Address));
    }

    [Fact]
    public async Task Anchor_SuspendedIssuer_RevertsIssuerNotAccredited()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();
        await chain.Governance.SuspendAsync(chain.Governor, issuer.Address);

        await Revert.AssertAsync(
            ChainErrorCode.IssuerNotAccredited,
            () => chain.Registry.AnchorAsync(issuer, Bytes32.Random()),
            ("issuer", issuer.Address));
    }

    [Fact]
    public async Task Anchor_ReinstatedIssuer_Succeeds()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();
        await chain.Governance.SuspendAsync(chain.Governor, issuer.Address);
        await chain.Governance.ReinstateAsync(chain.Governor, issuer.Address);
        var root = Bytes32.Random();

        await chain.Registry.AnchorAsync(issuer, root);

        Assert.True((await chain.Registry.VerifyAsync(root, root, [])).Anchored);
    }

    [Fact]
    public async Task Anchor_BeforeTheWindowOpens_RevertsIssuerNotAccredited()
    {
        var issuer = await chain.NewAccountAsync();
        var now = await chain.LatestBlockTimeAsync();
        await chain.Governance.AccreditAsync(chain.Governor, issuer.Address, ChainFixture.Profile("Future"), now.AddDays(30), null);

        await Revert.AssertAsync(
            ChainErrorCode.IssuerNotAccredited,
            () => chain.Registry.AnchorAsync(issuer, Bytes32.Random()),
            ("issuer", issuer.Address));
    }

    [Fact]
    public async Task Anchor_AfterTheWindowCloses_RevertsIssuerNotAccredited()
    {
        var issuer = await chain.NewAccountAsync();
        var now = await chain.LatestBlockTimeAsync();
        await chain.Governance.AccreditAsync(chain.Governor, issuer.Address, ChainFixture.Profile("Expired"), now.AddDays(-30), now.AddDays(-1));

        await Revert.AssertAsync(
            ChainErrorCode.IssuerNotAccredited,
            () => chain.Registry.AnchorAsync(issuer, Bytes32.Random()),
            ("issuer", issuer.Address));
    }

    [Fact]
    public async Task Anchor_SameRootTwice_RevertsRootAlreadyAnchoredEvenForAnotherIssuer()
    {
        var first = await chain.NewAccreditedIssuerAsync();
        var second = await chain.NewAccreditedIssuerAsync();
        var root = Bytes32.Random();
        await chain.Registry.AnchorAsync(first, root);

        await Revert.AssertAsync(ChainErrorCode.RootAlreadyAnchored, () => chain.Registry.AnchorAsync(first, root), ("root", root));
        await Revert.AssertAsync(ChainErrorCode.RootAlreadyAnchored, () => chain.Registry.AnchorAsync(second, root), ("root", root));
        Assert.Equal(first.Address, (await chain.Registry.VerifyAsync(root, root, [])).Issuer, ignoreCase: true);
    }

    [Fact]
    public async Task Anchor_ZeroRoot_RevertsZeroRoot()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();

        await Revert.AssertAsync(ChainErrorCode.ZeroRoot, () => chain.Registry.AnchorAsync(issuer, new byte[32]));
    }

    [Fact]
    public async Task SignAnchor_RevertingCall_FailsBeforeAnythingIsSigned()
    {
        var stranger = await chain.NewAccountAsync();
        var nonce = await chain.Transactions.GetNonceAsync(stranger.Address, NonceBlock.Pending);

        await Revert.AssertAsync(
            ChainErrorCode.IssuerNotAccredited,
            () => chain.Registry.SignAnchorAsync(stranger, Bytes32.Random(), nonce),
            ("issuer", stranger.Address));
    }

    [Fact]
    public async Task GetGovernance_ReturnsTheIssuerRegistry()
    {
        Assert.Equal(chain.Deployment.IssuerRegistryAddress, await chain.Registry.GetGovernanceAsync(), ignoreCase: true);
    }
}
