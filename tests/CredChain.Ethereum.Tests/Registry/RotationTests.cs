using CredChain.Core.Verification;
using CredChain.Ethereum.Errors;
using CredChain.Ethereum.Registry;
using CredChain.Ethereum.Tests.Support;
using Nethereum.Web3.Accounts;

namespace CredChain.Ethereum.Tests.Registry;

/// <summary>After a key rotation the institution keeps its history, and its current account can revoke what earlier ones anchored.</summary>
[Collection(ChainTests.Name)]
public sealed class RotationTests(ChainFixture chain)
{
    private const byte Reason = 2;

    [Fact]
    public async Task RevokeCredential_BySuccessor_RevokesWhatThePredecessorAnchored()
    {
        var (predecessor, successor, tree, targets) = await AnchorThenRotateAsync("Xiamen");

        var receipt = await chain.Registry.RevokeCredentialAsync(successor, predecessor.Address, tree.Root, targets[1], tree.ProofFor(targets[1]), Reason);

        var verification = await chain.Registry.VerifyAsync(predecessor.Address, tree.Root, targets[1], tree.ProofFor(targets[1]));
        Assert.Equal(
            (true, new Revocation(await chain.BlockTimeAsync(receipt), Reason), true, false, ChainFixture.Profile("Xiamen")),
            (verification.Anchored, verification.CredentialRevocation, verification.IssuerAccreditedAtAnchoring, verification.IssuerAccreditedNow, verification.IssuerProfile));
        var logged = Assert.Single(await chain.Registry.GetCredentialRevokedEventsAsync(receipt.Block()));
        Assert.Equal(
            (predecessor.Address.ToLowerInvariant(), successor.Address.ToLowerInvariant()),
            (logged.Event.Issuer.ToLowerInvariant(), logged.Event.RevokedBy.ToLowerInvariant()));
    }

    [Fact]
    public async Task RevokeBatch_BySuccessor_RevokesThePredecessorsBatch()
    {
        var (predecessor, successor, tree, targets) = await AnchorThenRotateAsync();

        var receipt = await chain.Registry.RevokeBatchAsync(successor, predecessor.Address, tree.Root, Reason);

        Assert.Equal(
            new Revocation(await chain.BlockTimeAsync(receipt), Reason),
            (await chain.Registry.VerifyAsync(predecessor.Address, tree.Root, targets[0], tree.ProofFor(targets[0]))).BatchRevocation);
    }

    [Fact]
    public async Task RevokeCredential_ByTheSuspendedPredecessor_StillWorksForItsOwnRootsButNotForTheSuccessors()
    {
        var predecessor = await chain.NewAccreditedIssuerAsync();
        var (own, ownTargets) = await AnchoredBeforeAsync(predecessor);
        var successor = await chain.NewAccountAsync();
        await chain.Governance.RotateKeyAsync(chain.Governor, predecessor.Address, successor.Address, DateTimeOffset.UnixEpoch, null);
        var (theirs, theirTargets) = await AnchoredBeforeAsync(successor);

        await chain.Registry.RevokeCredentialAsync(predecessor, own.Root, ownTargets[0], own.ProofFor(ownTargets[0]), Reason);

        await Revert.AssertAsync(
            ChainErrorCode.NotRootIssuer,
            () => chain.Registry.RevokeCredentialAsync(predecessor, successor.Address, theirs.Root, theirTargets[0], theirs.ProofFor(theirTargets[0]), Reason),
            ("issuer", successor.Address),
            ("root", theirs.Root),
            ("caller", predecessor.Address));
    }

    [Fact]
    public async Task Verify_PredecessorsRootAfterRotation_StaysValidWithTheInstitutionsName()
    {
        var predecessor = await chain.NewAccreditedIssuerAsync("Sichuan");
        var (tree, targets) = await AnchoredBeforeAsync(predecessor);
        var successor = await chain.NewAccountAsync();
        // A suspension in the anchor's own second counts against the anchor (isAccreditedAt uses since <= t).
        await chain.Node.AdvanceTimeAsync(TimeSpan.FromSeconds(5));
        await chain.Governance.RotateKeyAsync(chain.Governor, predecessor.Address, successor.Address, DateTimeOffset.UnixEpoch, null);

        var verification = await chain.Registry.VerifyAsync(predecessor.Address, tree.Root, targets[2], tree.ProofFor(targets[2]));
        var underSuccessor = await chain.Registry.VerifyAsync(successor.Address, tree.Root, targets[2], tree.ProofFor(targets[2]));

        Assert.Equal(
            (true, true, true, false, false, ChainFixture.Profile("Sichuan"), (await chain.Governance.GetKeyStatusAsync(successor.Address)).Institution),
            (verification.Anchored, verification.ProofValid, verification.IssuerAccreditedAtAnchoring, verification.IssuerAccreditedNow, verification.IsRevoked, verification.IssuerProfile, verification.Institution));
        Assert.Equal(RootVerification.NotAnchored, underSuccessor);
    }

    /// <summary>An institution whose first account anchored a batch and was then rotated to a second account.</summary>
    private async Task<(Account Predecessor, Account Successor, TestMerkleTree Tree, List<byte[]> Targets)> AnchorThenRotateAsync(string name = "Test")
    {
        var predecessor = await chain.NewAccreditedIssuerAsync(name);
        var (tree, targets) = await AnchoredBeforeAsync(predecessor);
        var successor = await chain.NewAccountAsync();
        // A suspension in the anchor's own second counts against the anchor (isAccreditedAt uses since <= t).
        await chain.Node.AdvanceTimeAsync(TimeSpan.FromSeconds(5));
        await chain.Governance.RotateKeyAsync(chain.Governor, predecessor.Address, successor.Address, DateTimeOffset.UnixEpoch, null);
        return (predecessor, successor, tree, targets);
    }

    private async Task<(TestMerkleTree Tree, List<byte[]> Targets)> AnchoredBeforeAsync(Account issuer)
    {
        var targets = Bytes32.Random(3);
        var tree = new TestMerkleTree(targets);
        await chain.Registry.AnchorAsync(issuer, tree.Root);
        return (tree, targets);
    }
}
