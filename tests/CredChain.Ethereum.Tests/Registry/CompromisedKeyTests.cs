using CredChain.Core.Verification;
using CredChain.Ethereum.Errors;
using CredChain.Ethereum.Tests.Support;
using Nethereum.Web3.Accounts;

namespace CredChain.Ethereum.Tests.Registry;

/// <summary>
/// The registry's side of a declared key compromise, as an attacker would try it: the thief's later anchors void, the
/// thief's revocations void, and from the declaration on the key can do nothing.
/// </summary>
[Collection(ChainTests.Name)]
public sealed class CompromisedKeyTests(ChainFixture chain)
{
    private const byte Reason = 4;

    [Fact]
    public async Task Verify_RootsBeforeAndAfterSince_OnlyTheLaterIsReportedAfterTheCompromise()
    {
        var issuer = await chain.NewAccreditedIssuerAsync("Wuhan");
        var (legitimate, legitimateTargets) = await AnchorAsync(issuer);
        await chain.Node.AdvanceTimeAsync(TimeSpan.FromMinutes(10));
        var since = await chain.LatestBlockTimeAsync();
        var (forged, forgedTargets) = await AnchorAsync(issuer);
        await chain.Node.AdvanceTimeAsync(TimeSpan.FromMinutes(10));

        await chain.Governance.DeclareCompromisedAsync(chain.Governor, issuer.Address, since);

        var before = await chain.Registry.VerifyAsync(issuer.Address, legitimate.Root, legitimateTargets[0], legitimate.ProofFor(legitimateTargets[0]));
        var after = await chain.Registry.VerifyAsync(issuer.Address, forged.Root, forgedTargets[0], forged.ProofFor(forgedTargets[0]));
        Assert.Equal(
            (true, true, true, false, (DateTimeOffset?)since, false, ChainFixture.Profile("Wuhan")),
            (before.Anchored, before.ProofValid, before.IssuerAccreditedAtAnchoring, before.IssuerAccreditedNow, before.KeyCompromisedSince, before.AnchoredAfterCompromise, before.IssuerProfile));
        Assert.Equal(
            (true, true, true, false, (DateTimeOffset?)since, true),
            (after.Anchored, after.ProofValid, after.IssuerAccreditedAtAnchoring, after.IssuerAccreditedNow, after.KeyCompromisedSince, after.AnchoredAfterCompromise));
    }

    [Fact]
    public async Task Anchor_ByACompromisedKey_RevertsKeyCompromised()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();
        await chain.Governance.DeclareCompromisedAsync(chain.Governor, issuer.Address, await chain.LatestBlockTimeAsync());

        await Revert.AssertAsync(ChainErrorCode.KeyCompromised, () => chain.Registry.AnchorAsync(issuer, Bytes32.Random()), ("account", issuer.Address));
    }

    [Fact]
    public async Task RevokeBatchOrCredential_ByACompromisedKeyAfterTheDeclaration_RevertsKeyCompromised()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();
        var (tree, targets) = await AnchorAsync(issuer);
        await chain.Governance.DeclareCompromisedAsync(chain.Governor, issuer.Address, await chain.LatestBlockTimeAsync());

        await Revert.AssertAsync(ChainErrorCode.KeyCompromised, () => chain.Registry.RevokeBatchAsync(issuer, tree.Root, Reason), ("account", issuer.Address));
        await Revert.AssertAsync(
            ChainErrorCode.KeyCompromised,
            () => chain.Registry.RevokeCredentialAsync(issuer, tree.Root, targets[1], tree.ProofFor(targets[1]), Reason),
            ("account", issuer.Address));
    }

    [Fact]
    public async Task Revocations_ByTheThiefBetweenSinceAndTheDeclaration_AreVoidOnceDeclared()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();
        var (tree, targets) = await AnchorAsync(issuer);
        await chain.Node.AdvanceTimeAsync(TimeSpan.FromMinutes(10));
        var since = await chain.LatestBlockTimeAsync();
        await chain.Registry.RevokeBatchAsync(issuer, tree.Root, Reason);
        await chain.Registry.RevokeCredentialAsync(issuer, tree.Root, targets[0], tree.ProofFor(targets[0]), Reason);
        var beforeDeclaration = await chain.Registry.VerifyAsync(issuer.Address, tree.Root, targets[0], tree.ProofFor(targets[0]));

        await chain.Governance.DeclareCompromisedAsync(chain.Governor, issuer.Address, since);

        var afterDeclaration = await chain.Registry.VerifyAsync(issuer.Address, tree.Root, targets[0], tree.ProofFor(targets[0]));
        Assert.Equal((true, true), (beforeDeclaration.CredentialRevocation is not null, beforeDeclaration.BatchRevocation is not null));
        Assert.Equal(
            ((Revocation?)null, (Revocation?)null, false, false),
            (afterDeclaration.CredentialRevocation, afterDeclaration.BatchRevocation, afterDeclaration.IsRevoked, afterDeclaration.AnchoredAfterCompromise));
    }

    [Fact]
    public async Task Revocation_ByTheKeyBeforeSince_StaysEffective()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();
        var (tree, targets) = await AnchorAsync(issuer);
        var receipt = await chain.Registry.RevokeCredentialAsync(issuer, tree.Root, targets[2], tree.ProofFor(targets[2]), Reason);
        await chain.Node.AdvanceTimeAsync(TimeSpan.FromMinutes(10));

        await chain.Governance.DeclareCompromisedAsync(chain.Governor, issuer.Address, await chain.LatestBlockTimeAsync());

        var verification = await chain.Registry.VerifyAsync(issuer.Address, tree.Root, targets[2], tree.ProofFor(targets[2]));
        Assert.Equal(new Revocation(await chain.BlockTimeAsync(receipt), Reason), verification.CredentialRevocation);
    }

    [Fact]
    public async Task VoidRevocations_CanBeMadeAgainByTheInstitutionsNewAccount()
    {
        var stolen = await chain.NewAccreditedIssuerAsync();
        var (tree, targets) = await AnchorAsync(stolen);
        await chain.Node.AdvanceTimeAsync(TimeSpan.FromMinutes(10));
        var since = await chain.LatestBlockTimeAsync();
        await chain.Registry.RevokeBatchAsync(stolen, tree.Root, Reason);
        await chain.Registry.RevokeCredentialAsync(stolen, tree.Root, targets[0], tree.ProofFor(targets[0]), Reason);
        await chain.Governance.DeclareCompromisedAsync(chain.Governor, stolen.Address, since);
        var successor = await chain.NewAccountAsync();
        await chain.Governance.RotateKeyAsync(chain.Governor, stolen.Address, successor.Address, DateTimeOffset.UnixEpoch, null);

        var credential = await chain.Registry.RevokeCredentialAsync(successor, stolen.Address, tree.Root, targets[0], tree.ProofFor(targets[0]), 6);
        var batch = await chain.Registry.RevokeBatchAsync(successor, stolen.Address, tree.Root, 7);

        var verification = await chain.Registry.VerifyAsync(stolen.Address, tree.Root, targets[0], tree.ProofFor(targets[0]));
        Assert.Equal(
            (new Revocation(await chain.BlockTimeAsync(credential), 6), new Revocation(await chain.BlockTimeAsync(batch), 7)),
            (verification.CredentialRevocation, verification.BatchRevocation));
        await Revert.AssertAsync(
            ChainErrorCode.BatchAlreadyRevoked,
            () => chain.Registry.RevokeBatchAsync(successor, stolen.Address, tree.Root, 8),
            ("root", tree.Root));
    }

    [Fact]
    public async Task CompromiseOfTheRevokingAccount_VoidsItsRevocationOfAnotherAccountsRoot()
    {
        // The revocation belongs to whoever made it: a rotated-in key that is itself stolen later cannot leave revocations behind.
        var first = await chain.NewAccreditedIssuerAsync();
        var (tree, targets) = await AnchorAsync(first);
        var second = await chain.NewAccountAsync();
        await chain.Governance.RotateKeyAsync(chain.Governor, first.Address, second.Address, DateTimeOffset.UnixEpoch, null);
        await chain.Node.AdvanceTimeAsync(TimeSpan.FromMinutes(10));
        var since = await chain.LatestBlockTimeAsync();
        await chain.Registry.RevokeCredentialAsync(second, first.Address, tree.Root, targets[1], tree.ProofFor(targets[1]), Reason);

        await chain.Governance.DeclareCompromisedAsync(chain.Governor, second.Address, since);

        var verification = await chain.Registry.VerifyAsync(first.Address, tree.Root, targets[1], tree.ProofFor(targets[1]));
        Assert.Equal(((Revocation?)null, (DateTimeOffset?)null), (verification.CredentialRevocation, verification.KeyCompromisedSince));
    }

    private async Task<(TestMerkleTree Tree, List<byte[]> Targets)> AnchorAsync(Account issuer)
    {
        var targets = Bytes32.Random(3);
        var tree = new TestMerkleTree(targets);
        await chain.Registry.AnchorAsync(issuer, tree.Root);
        return (tree, targets);
    }
}
