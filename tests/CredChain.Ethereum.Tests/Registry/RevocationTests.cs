using CredChain.Core.Verification;
using CredChain.Ethereum.Errors;
using CredChain.Ethereum.Tests.Support;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Web3.Accounts;

namespace CredChain.Ethereum.Tests.Registry;

[Collection(ChainTests.Name)]
public sealed class RevocationTests(ChainFixture chain)
{
    private const byte Superseded = 3;

    [Fact]
    public async Task RevokeCredential_ByAnchoringIssuer_RevokesThatCredentialOnlyAndLogsEvent()
    {
        var (issuer, tree, targets) = await AnchorBatchAsync(5);

        var receipt = await chain.Registry.RevokeCredentialAsync(issuer, tree.Root, targets[2], tree.ProofFor(targets[2]), Superseded);

        var revokedAt = await chain.BlockTimeAsync(receipt);
        var revoked = await chain.Registry.VerifyAsync(issuer.Address, tree.Root, targets[2], tree.ProofFor(targets[2]));
        var sibling = await chain.Registry.VerifyAsync(issuer.Address, tree.Root, targets[3], tree.ProofFor(targets[3]));
        Assert.Equal(
            (new Revocation(revokedAt, Superseded), true, (Revocation?)null, true),
            (revoked.CredentialRevocation, revoked.ProofValid, sibling.CredentialRevocation, sibling.ProofValid));
        var logged = Assert.Single(await chain.Registry.GetCredentialRevokedEventsAsync(receipt.Block()));
        Assert.Equal(
            (tree.Root.ToHex(), issuer.Address.ToLowerInvariant(), targets[2].ToHex(), issuer.Address.ToLowerInvariant(), Superseded, (ulong)revokedAt.ToUnixTimeSeconds()),
            (logged.Event.Root.ToHex(), logged.Event.Issuer.ToLowerInvariant(), logged.Event.TargetHash.ToHex(), logged.Event.RevokedBy.ToLowerInvariant(), logged.Event.Reason, logged.Event.RevokedAt));
    }

    [Fact]
    public async Task RevokeCredential_BatchOfOne_RootIsTheLeafNodeWithAnEmptyProof()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();
        var targetHash = Bytes32.Random();
        var root = TestMerkleTree.Leaf(targetHash);
        await chain.Registry.AnchorAsync(issuer, root);

        await chain.Registry.RevokeCredentialAsync(issuer, root, targetHash, [], Superseded);

        Assert.Equal(Superseded, (await chain.Registry.VerifyAsync(issuer.Address, root, targetHash, [])).CredentialRevocation?.ReasonCode);
    }

    [Fact]
    public async Task RevokeCredential_TheRootItselfAsTargetHash_RevertsInvalidProof()
    {
        // Leaves are double-hashed: a root (or any inner node) cannot be presented as a credential of its own tree.
        var issuer = await chain.NewAccreditedIssuerAsync();
        var tree = new TestMerkleTree(Bytes32.Random(2));
        await chain.Registry.AnchorAsync(issuer, tree.Root);

        await Revert.AssertAsync(
            ChainErrorCode.InvalidProof,
            () => chain.Registry.RevokeCredentialAsync(issuer, tree.Root, tree.Root, [], Superseded),
            ("root", tree.Root), ("targetHash", tree.Root));
        Assert.False((await chain.Registry.VerifyAsync(issuer.Address, tree.Root, tree.Root, [])).ProofValid);
    }

    [Fact]
    public async Task RevokeCredential_NineteenDeepProof_Succeeds()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();
        var targetHash = Bytes32.Random();
        var proof = Bytes32.Random(19);
        var root = TestMerkleTree.Fold(targetHash, proof);
        await chain.Registry.AnchorAsync(issuer, root);

        await chain.Registry.RevokeCredentialAsync(issuer, root, targetHash, proof, Superseded);

        Assert.NotNull((await chain.Registry.VerifyAsync(issuer.Address, root, targetHash, proof)).CredentialRevocation);
    }

    [Fact]
    public async Task RevokeCredential_ByAnotherIssuer_RevertsNotRootIssuer()
    {
        var (issuer, tree, targets) = await AnchorBatchAsync(3);
        var other = await chain.NewAccreditedIssuerAsync();

        await Revert.AssertAsync(
            ChainErrorCode.NotRootIssuer,
            () => chain.Registry.RevokeCredentialAsync(other, issuer.Address, tree.Root, targets[0], tree.ProofFor(targets[0]), Superseded),
            ("issuer", issuer.Address),
            ("root", tree.Root),
            ("caller", other.Address));
    }

    [Fact]
    public async Task RevokeCredential_InTheCallersOwnNamespaceWhereItAnchoredNothing_RevertsRootNotAnchored()
    {
        // Another issuer's root under the caller's own account is simply not anchored: nothing to revoke there.
        var (_, tree, targets) = await AnchorBatchAsync(3);
        var other = await chain.NewAccreditedIssuerAsync();

        await Revert.AssertAsync(
            ChainErrorCode.RootNotAnchored,
            () => chain.Registry.RevokeCredentialAsync(other, tree.Root, targets[0], tree.ProofFor(targets[0]), Superseded),
            ("issuer", other.Address),
            ("root", tree.Root));
    }

    [Fact]
    public async Task RevokeCredential_WrongPath_RevertsInvalidProof()
    {
        var (issuer, tree, targets) = await AnchorBatchAsync(4);

        await Revert.AssertAsync(
            ChainErrorCode.InvalidProof,
            () => chain.Registry.RevokeCredentialAsync(issuer, tree.Root, targets[0], tree.ProofFor(targets[1]), Superseded),
            ("root", tree.Root),
            ("targetHash", targets[0]));
    }

    [Fact]
    public async Task RevokeCredential_TargetNotInTheBatch_RevertsInvalidProof()
    {
        var (issuer, tree, targets) = await AnchorBatchAsync(4);
        var outsider = Bytes32.Random();

        await Revert.AssertAsync(
            ChainErrorCode.InvalidProof,
            () => chain.Registry.RevokeCredentialAsync(issuer, tree.Root, outsider, tree.ProofFor(targets[0]), Superseded),
            ("root", tree.Root),
            ("targetHash", outsider));
    }

    [Fact]
    public async Task RevokeCredential_ReasonZero_RevertsZeroReason()
    {
        var (issuer, tree, targets) = await AnchorBatchAsync(2);

        await Revert.AssertAsync(
            ChainErrorCode.ZeroReason,
            () => chain.Registry.RevokeCredentialAsync(issuer, tree.Root, targets[0], tree.ProofFor(targets[0]), 0));
    }

    [Fact]
    public async Task RevokeCredential_Twice_RevertsCredentialAlreadyRevoked()
    {
        var (issuer, tree, targets) = await AnchorBatchAsync(2);
        await chain.Registry.RevokeCredentialAsync(issuer, tree.Root, targets[1], tree.ProofFor(targets[1]), Superseded);

        await Revert.AssertAsync(
            ChainErrorCode.CredentialAlreadyRevoked,
            () => chain.Registry.RevokeCredentialAsync(issuer, tree.Root, targets[1], tree.ProofFor(targets[1]), 1),
            ("root", tree.Root),
            ("targetHash", targets[1]));
    }

    [Fact]
    public async Task RevokeCredential_UnknownRoot_RevertsRootNotAnchored()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();
        var root = Bytes32.Random();

        await Revert.AssertAsync(
            ChainErrorCode.RootNotAnchored,
            () => chain.Registry.RevokeCredentialAsync(issuer, root, root, [], Superseded),
            ("issuer", issuer.Address),
            ("root", root));
    }

    [Fact]
    public async Task RevokeCredential_IssuerSuspendedSinceAnchoring_StillSucceeds()
    {
        var (issuer, tree, targets) = await AnchorBatchAsync(3);
        await chain.Governance.SuspendAsync(chain.Governor, issuer.Address);

        await chain.Registry.RevokeCredentialAsync(issuer, tree.Root, targets[0], tree.ProofFor(targets[0]), Superseded);

        Assert.NotNull((await chain.Registry.VerifyAsync(issuer.Address, tree.Root, targets[0], tree.ProofFor(targets[0]))).CredentialRevocation);
    }

    [Fact]
    public async Task RevokeBatch_ByAnchoringIssuer_RevokesEveryCredentialAndLogsEvent()
    {
        var (issuer, tree, targets) = await AnchorBatchAsync(3);
        const byte IssuedInError = 7;

        var receipt = await chain.Registry.RevokeBatchAsync(issuer, tree.Root, IssuedInError);

        var revocation = new Revocation(await chain.BlockTimeAsync(receipt), IssuedInError);
        var answers = new List<(Revocation?, Revocation?, bool)>();
        foreach (var target in targets)
        {
            var verification = await chain.Registry.VerifyAsync(issuer.Address, tree.Root, target, tree.ProofFor(target));
            answers.Add((verification.BatchRevocation, verification.CredentialRevocation, verification.IsRevoked));
        }

        Assert.Equal(Enumerable.Repeat(((Revocation?)revocation, (Revocation?)null, true), 3), answers);
        var logged = Assert.Single(await chain.Registry.GetBatchRevokedEventsAsync(receipt.Block()));
        Assert.Equal(
            (tree.Root.ToHex(), issuer.Address.ToLowerInvariant(), issuer.Address.ToLowerInvariant(), IssuedInError, (ulong)revocation.RevokedAt.ToUnixTimeSeconds()),
            (logged.Event.Root.ToHex(), logged.Event.Issuer.ToLowerInvariant(), logged.Event.RevokedBy.ToLowerInvariant(), logged.Event.Reason, logged.Event.RevokedAt));
    }

    [Fact]
    public async Task RevokeBatch_Twice_RevertsBatchAlreadyRevoked()
    {
        var (issuer, tree, _) = await AnchorBatchAsync(2);
        await chain.Registry.RevokeBatchAsync(issuer, tree.Root, Superseded);

        await Revert.AssertAsync(
            ChainErrorCode.BatchAlreadyRevoked,
            () => chain.Registry.RevokeBatchAsync(issuer, tree.Root, Superseded),
            ("root", tree.Root));
    }

    [Fact]
    public async Task RevokeBatch_ByAnotherIssuer_RevertsNotRootIssuer()
    {
        var (issuer, tree, _) = await AnchorBatchAsync(2);
        var other = await chain.NewAccreditedIssuerAsync();

        await Revert.AssertAsync(
            ChainErrorCode.NotRootIssuer,
            () => chain.Registry.RevokeBatchAsync(other, issuer.Address, tree.Root, Superseded),
            ("issuer", issuer.Address),
            ("root", tree.Root),
            ("caller", other.Address));
    }

    [Fact]
    public async Task RevokeBatch_ReasonZero_RevertsZeroReason()
    {
        var (issuer, tree, _) = await AnchorBatchAsync(2);

        await Revert.AssertAsync(ChainErrorCode.ZeroReason, () => chain.Registry.RevokeBatchAsync(issuer, tree.Root, 0));
    }

    [Fact]
    public async Task RevokeBatch_UnknownRoot_RevertsRootNotAnchored()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();
        var root = Bytes32.Random();

        await Revert.AssertAsync(ChainErrorCode.RootNotAnchored, () => chain.Registry.RevokeBatchAsync(issuer, root, Superseded), ("issuer", issuer.Address), ("root", root));
    }

    private async Task<(Account Issuer, TestMerkleTree Tree, List<byte[]> Targets)> AnchorBatchAsync(int size)
    {
        var issuer = await chain.NewAccreditedIssuerAsync();
        var targets = Bytes32.Random(size);
        var tree = new TestMerkleTree(targets);
        await chain.Registry.AnchorAsync(issuer, tree.Root);
        return (issuer, tree, targets);
    }
}
