using CredChain.Relay.Tests.Support;
using CredChain.Testing.Network;

namespace CredChain.Relay.Tests.Following;

/// <summary>
/// The relay against a member node that refuses <c>eth_getLogs</c> over more than 1000 blocks, as Besu does by
/// default (anvil has no limit): a checkpoint over more blocks than that is still built, from chunked reads.
/// </summary>
[Collection(TwoChains.Name)]
public sealed class RelayLogRangeLimitTests(TwoChainsFixture chains)
{
    private const int BesuDefaultLimit = 1000;

    [Fact]
    public async Task MemberBehindBesusLogRangeLimit_CheckpointsMoreBlocksThanTheLimit()
    {
        await using var proxy = new LogRangeLimitProxy(chains.Member.RpcUrl, BesuDefaultLimit);
        await using var world = await HubWorld.CreateAsync(chains, memberRpcUrl: proxy.Url.ToString());
        var (tree, _) = Roots.NewBatch();
        await world.Registry.AnchorAsync(world.Issuer, tree.Root.ToByteArray());
        for (var i = 0; i < 5; i++)
        {
            // In steps: one call mining 1500 blocks can outlast the RPC timeout on a loaded machine.
            await world.MineAsync(300);
        }

        await world.RoundAsync();

        var head = await world.MemberHeadAsync();
        var member = await world.Hub.GetMemberAsync(world.Member);
        var checkpoint = await world.Hub.GetCheckpointAsync(world.Member, 1);
        var proof = Assert.Single((await world.Proofs.RootAsync(world.MemberChain, world.Issuer.Address.ToLowerInvariant(), tree.Root.ToString(), default)).Entries);
        Assert.Equal(
            ((string?)null, 1UL, head + 1, true, 1UL, 0, true),
            (world.Status.Members["member"].LastError, member.Checkpoints, member.NextFromBlock, checkpoint.ToBlock - checkpoint.FromBlock + 1 > BesuDefaultLimit,
                proof.Sequence, proxy.Refused, proxy.WidestServed is > 0 and <= BesuDefaultLimit));
    }
}
