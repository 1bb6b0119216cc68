using CredChain.Ethereum.Generated.IssuerRegistry;
using CredChain.Ethereum.Registry;
using CredChain.Ethereum.Tests.Support;
using CredChain.Ethereum.Transactions;
using Nethereum.RPC.Eth.DTOs;

namespace CredChain.Ethereum.Tests.Registry;

[Collection(ChainTests.Name)]
public sealed class VerifyTests(ChainFixture chain)
{
    [Fact]
    public async Task Verify_UnknownRoot_ReturnsNotAnchoredWithoutReverting()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();
        var root = Bytes32.Random();

        var verification = await chain.Registry.VerifyAsync(issuer.Address, root, Bytes32.Random(), Bytes32.Random(2));

        var raw = await chain.Registry.VerifyRawAsync(issuer.Address, root, root, []);
        Assert.Equal(RootVerification.NotAnchored, verification);
        Assert.Equal(
            (false, 0UL, false, 0UL, false, 0U, ""),
            (raw.Anchored, raw.AnchoredAt, raw.ProofValid, raw.IssuerKeyCompromisedSince, raw.AnchoredAfterCompromise, raw.Institution, raw.IssuerNameEn));
    }

    [Fact]
    public async Task Verify_ValidPathInALargerBatch_ReportsEverything()
    {
        var issuer = await chain.NewAccreditedIssuerAsync("Peking");
        var targets = Bytes32.Random(7);
        var tree = new TestMerkleTree(targets);
        var anchoredAt = await chain.BlockTimeAsync(await chain.Registry.AnchorAsync(issuer, tree.Root));

        var verification = await chain.Registry.VerifyAsync(issuer.Address, tree.Root, targets[6], tree.ProofFor(targets[6]));

        var institution = (await chain.Governance.GetKeyStatusAsync(issuer.Address)).Institution;
        Assert.Equal(new RootVerification(true, issuer.Address, anchoredAt, true, null, null, true, true, ChainFixture.Profile("Peking"), null, false, institution), verification);
        Assert.NotEqual(0U, institution);
    }

    [Fact]
    public async Task Verify_WrongPath_ReportsProofInvalid()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();
        var targets = Bytes32.Random(4);
        var tree = new TestMerkleTree(targets);
        await chain.Registry.AnchorAsync(issuer, tree.Root);

        var verification = await chain.Registry.VerifyAsync(issuer.Address, tree.Root, targets[0], tree.ProofFor(targets[2]));

        Assert.Equal((true, false), (verification.Anchored, verification.ProofValid));
    }

    [Fact]
    public async Task Verify_IssuerSuspendedAfterTheAnchor_AccreditedAtAnchoringButNotNow()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();
        var root = Bytes32.Random();
        await chain.Registry.AnchorAsync(issuer, root);
        await chain.Node.AdvanceTimeAsync(TimeSpan.FromSeconds(5));
        await chain.Governance.SuspendAsync(chain.Governor, issuer.Address);

        var verification = await chain.Registry.VerifyAsync(issuer.Address, root, root, []);

        Assert.Equal((true, true, false), (verification.Anchored, verification.IssuerAccreditedAtAnchoring, verification.IssuerAccreditedNow));
    }

    [Fact]
    public async Task Verify_WindowRenewedToStartAfterTheAnchor_StillAccreditedAtAnchoringButNotNow()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();
        var root = Bytes32.Random();
        var anchoredAt = await chain.BlockTimeAsync(await chain.Registry.AnchorAsync(issuer, root));
        await chain.Node.AdvanceTimeAsync(TimeSpan.FromSeconds(5));
        await chain.Governance.AccreditAsync(chain.Governor, issuer.Address, ChainFixture.Profile("Test"), anchoredAt.AddDays(100), null);

        var verification = await chain.Registry.VerifyAsync(issuer.Address, root, root, []);

        Assert.Equal((true, false), (verification.IssuerAccreditedAtAnchoring, verification.IssuerAccreditedNow));
    }

    [Fact]
    public async Task Verify_SuspendedInTheAnchorsOwnBlock_ReportsNotAccreditedAtAnchoring()
    {
        // The only way an anchored root can have an issuer that was not accredited at its anchoring time: the
        // accreditation changed in the same block (same timestamp), and the history's latest record for that second wins.
        var issuer = await chain.NewAccreditedIssuerAsync();
        var root = Bytes32.Random();
        var tipped = new TransactionService(chain.Web3, new ChainTransactionOptions { ChainId = chain.Node.ChainId, MaxPriorityFeePerGas = 2_000_000_000 });
        var untipped = new TransactionService(chain.Web3, new ChainTransactionOptions { ChainId = chain.Node.ChainId, MaxPriorityFeePerGas = 1 });
        var anchor = await new CredentialRegistryClient(chain.Web3, chain.Registry.Address, tipped)
            .SignAnchorAsync(issuer, root, await tipped.GetNonceAsync(issuer.Address, NonceBlock.Pending));
        var suspend = await untipped.SignFunctionAsync(
            chain.Governor,
            chain.Governance.Address,
            new SuspendFunction { Issuer = issuer.Address },
            await untipped.GetNonceAsync(chain.Governor.Address, NonceBlock.Pending));

        await MineTogetherAsync(anchor, suspend);

        var anchorReceipt = await chain.Transactions.WaitForReceiptAsync(anchor.Hash);
        var suspendReceipt = await chain.Transactions.WaitForReceiptAsync(suspend.Hash);
        var verification = await chain.Registry.VerifyAsync(issuer.Address, root, root, []);
        Assert.Equal(
            (anchorReceipt.BlockNumber.Value, true, true, false, false),
            (suspendReceipt.BlockNumber.Value, anchorReceipt.Succeeded(), verification.Anchored, verification.IssuerAccreditedAtAnchoring, verification.IssuerAccreditedNow));
        Assert.True(anchorReceipt.TransactionIndex.Value < suspendReceipt.TransactionIndex.Value);
    }

    private async Task MineTogetherAsync(params SignedTransaction[] transactions)
    {
        await chain.Web3.Client.SendRequestAsync("evm_setAutomine", null, false);
        try
        {
            foreach (var transaction in transactions)
            {
                await chain.Transactions.SendRawAsync(transaction);
            }

            await chain.Web3.Client.SendRequestAsync("evm_mine", null);
        }
        finally
        {
            await chain.Web3.Client.SendRequestAsync("evm_setAutomine", null, true);
        }
    }
}
