using CredChain.Core.Checkpoints;
using CredChain.Ethereum.Hub;
using CredChain.Ethereum.Hub.Proofs;
using CredChain.Relay.Tests.Support;

namespace CredChain.Relay.Tests.Following;

[Collection(TwoChains.Name)]
public sealed class RelayCheckpointTests(TwoChainsFixture chains)
{
    [Fact]
    public async Task Round_MemberEvents_AnchorsContiguousCheckpointsWhoseProofsTheHubAccepts()
    {
        await using var world = await HubWorld.CreateAsync(chains);
        var (tree, targets) = Roots.NewBatch();
        await world.Registry.AnchorAsync(world.Issuer, tree.Root.ToByteArray());

        await world.RoundAsync();
        var anchored = await world.Proofs.RootAsync(world.MemberChain, world.Issuer.Address.ToLowerInvariant(), tree.Root.ToString(), default);
        var notRevoked = await world.Proofs.RevocationsAsync(world.MemberChain, world.Issuer.Address.ToLowerInvariant(), tree.Root.ToString(), targets[1].ToString(), default);
        await world.Registry.RevokeCredentialAsync(world.Issuer, tree.Root.ToByteArray(), targets[1].ToByteArray(), tree.GetProof(targets[1]).Select(h => h.ToByteArray()).ToList(), 3);
        await world.RoundAsync();
        var revoked = await world.Proofs.RevocationsAsync(world.MemberChain, world.Issuer.Address.ToLowerInvariant(), tree.Root.ToString(), targets[1].ToString(), default);
        var accreditations = await world.Proofs.AccreditationsAsync(world.MemberChain, world.Issuer.Address.ToLowerInvariant(), default);

        var head = await world.MemberHeadAsync();
        var member = await world.Hub.GetMemberAsync(world.Member);
        Assert.Equal(new HubMember(true, world.StartBlock, head + 1, 2), member);
        var (checkpoints, _) = await world.Hub.GetCheckpointsAsync(world.Member, [1, 2]);
        Assert.Equal([(world.StartBlock, checkpoints[1].FromBlock - 1), (checkpoints[0].ToBlock + 1, head)], checkpoints.Select(c => (c.FromBlock, c.ToBlock)));
        Assert.Equal((1UL, 0), (notRevoked.AsOf!.Sequence, notRevoked.Entries.Count));
        Assert.Equal([(1UL, (int)CheckpointEventKind.RootAnchored)], anchored.Entries.Select(e => (e.Sequence, e.Kind)));
        Assert.Equal([(2UL, (int)CheckpointEventKind.CredentialRevoked)], revoked.Entries.Select(e => (e.Sequence, e.Kind)));
        Assert.Equal(2UL, revoked.AsOf!.Sequence);
        var accredited = Assert.Single(accreditations.Entries);
        Assert.Equal(["示例大学", "Example University", "example.edu.cn"], accredited.Texts!);
        Assert.Equal(
            accredited.Texts!.Select(t => CheckpointEntry.Text(t).ToString()),
            accredited.Fields.Skip(4));
        foreach (var proof in anchored.Entries.Concat(revoked.Entries).Append(accredited))
        {
            Assert.True(await IncludedAsync(world, proof), $"The hub refuses the relay's proof of {(CheckpointEventKind)proof.Kind}.");
        }
    }

    [Fact]
    public async Task Round_EmptyRange_PostsACheckpointWithAZeroRootSoFreshnessAdvances()
    {
        await using var world = await HubWorld.CreateAsync(chains);
        await world.RoundAsync();
        await world.MineAsync(4);

        await world.RoundAsync();

        var head = await world.MemberHeadAsync();
        var second = await world.Hub.GetCheckpointAsync(world.Member, 2);
        Assert.Equal((head - 3, head, "0x" + new string('0', 64)), (second.FromBlock, second.ToBlock, second.Root));
    }

    [Fact]
    public async Task Round_UnaccreditedRelay_PostsNothingAndReportsTheHubsReason()
    {
        await using var world = await HubWorld.CreateAsync(chains, accreditRelay: false);

        await world.RoundAsync();

        Assert.Equal(0UL, (await world.Hub.GetMemberAsync(world.Member)).Checkpoints);
        var state = world.Status.Members["member"];
        Assert.StartsWith("HubRelayNotAccredited", state.LastError, StringComparison.Ordinal);
        Assert.Null((await world.Proofs.AsOfAsync(world.MemberChain, default)));
    }

    internal static async Task<bool> IncludedAsync(HubWorld world, HubEntryProof proof)
    {
        var verification = await world.Hub.VerifyEventAsync(
            world.Member, proof.Sequence, proof.ToEntry().LeafNode().ToByteArray(), proof.ProofNodes().Select(h => h.ToByteArray()).ToList());
        return verification.Included;
    }
}
