using CredChain.Core.Verification;
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
        var institution = (await chain.Governance.GetKeyStatusAsync(issuer.Address)).Institution;
        Assert.Equal(
            new RootVerification(true, issuer.Address, anchoredAt, true, null, null, true, true, ChainFixture.Profile("Tsinghua"), null, false, institution),
            await chain.Registry.VerifyAsync(issuer.Address, root, targetHash, []));
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

        Assert.True((await chain.Registry.VerifyAsync(issuer.Address, root, root, [])).Anchored);
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
    public async Task Anchor_SameRootTwiceBySameIssuer_RevertsRootAlreadyAnchored()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();
        var root = Bytes32.Random();
        await chain.Registry.AnchorAsync(issuer, root);

        await Revert.AssertAsync(ChainErrorCode.RootAlreadyAnchored, () => chain.Registry.AnchorAsync(issuer, root), ("root", root));
    }

    [Fact]
    public async Task Anchor_SameRootByAnotherIssuerFirst_DoesNotSquatTheRoot()
    {
        // Front-running: an insider who sees the real issuer's anchor in the pool anchors the same root first. Roots are
        // keyed by (issuer, root): the real anchor still goes through, and the two records are independent.
        var real = await chain.NewAccreditedIssuerAsync("Real");
        var squatter = await chain.NewAccreditedIssuerAsync("Squatter");
        var targets = Bytes32.Random(3);
        var tree = new TestMerkleTree(targets);
        var squatted = await chain.Registry.AnchorAsync(squatter, tree.Root);
        await chain.Node.AdvanceTimeAsync(TimeSpan.FromSeconds(3));

        var anchored = await chain.Registry.AnchorAsync(real, tree.Root);
        await chain.Registry.RevokeBatchAsync(squatter, tree.Root, 9);

        var forReal = await chain.Registry.VerifyAsync(real.Address, tree.Root, targets[1], tree.ProofFor(targets[1]));
        var forSquatter = await chain.Registry.VerifyAsync(squatter.Address, tree.Root, targets[1], tree.ProofFor(targets[1]));
        Assert.Equal(
            (true, real.Address, await chain.BlockTimeAsync(anchored), true, (Revocation?)null, ChainFixture.Profile("Real")),
            (forReal.Anchored, forReal.Issuer, forReal.AnchoredAt, forReal.ProofValid, forReal.BatchRevocation, forReal.IssuerProfile));
        Assert.Equal(
            (true, squatter.Address, await chain.BlockTimeAsync(squatted), (byte?)9, ChainFixture.Profile("Squatter")),
            (forSquatter.Anchored, forSquatter.Issuer, forSquatter.AnchoredAt, forSquatter.BatchRevocation?.ReasonCode, forSquatter.IssuerProfile));
        var events = await chain.Registry.GetRootAnchoredEventsAsync(tree.Root, new Nethereum.Contracts.BlockRange(squatted.BlockNumber, anchored.BlockNumber));
        Assert.Equal([squatter.Address.ToLowerInvariant(), real.Address.ToLowerInvariant()], events.Select(e => e.Event.Issuer.ToLowerInvariant()));
        var own = Assert.Single(await chain.Registry.GetRootAnchoredEventsAsync(real.Address, tree.Root, new Nethereum.Contracts.BlockRange(squatted.BlockNumber, anchored.BlockNumber)));
        Assert.Equal(anchored.TransactionHash, own.TransactionHash);
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
