using CredChain.Core.Hashing;
using CredChain.Ethereum.Transactions;
using CredChain.Relay.Storage;
using CredChain.Relay.Tests.Following;
using CredChain.Relay.Tests.Support;
using CredChain.Testing.Network;
using Microsoft.Extensions.DependencyInjection;
using Nethereum.RPC.Eth.DTOs;

namespace CredChain.Relay.Tests.Drill;

/// <summary>
/// The relay drill: the relay process SIGKILLed between building a checkpoint and sending it, then restarted while the
/// member RPC is down for 60 s. Afterwards every range is on the hub exactly once: contiguous ranges ending at canonical
/// member blocks, the killed process's stored transaction the one that was mined, and every transaction the relay
/// account ever sent a successful checkpoint (its nonce equals the number of checkpoints).
/// </summary>
[Collection(TwoChains.Name)]
public sealed class RelayDrillTests(TwoChainsFixture chains)
{
    private static readonly TimeSpan _outage = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task SigkillBetweenBuildAndAnchor_ThenMemberRpcDown60s_EveryRangeCheckpointedExactlyOnce()
    {
        await using var proxy = new TcpProxy(chains.Member.RpcUrl);
        proxy.Start();
        await using var world = await HubWorld.CreateAsync(chains, memberRpcUrl: proxy.Url.ToString());
        var (document, tree) = await Credentials.IssueAsync(world);
        var settings = Settings(world);

        await using (var crashing = RelayProcess.Start(new Dictionary<string, string?>(settings) { ["Relay:CrashAfterBuild"] = "true" }))
        {
            Assert.True(await crashing.WaitForExitAsync(TimeSpan.FromSeconds(60)), $"The relay did not kill itself:{Environment.NewLine}{crashing.Output}");
            Assert.Equal(137, crashing.ExitCode);
        }

        var stored = await world.Host.Services.GetRequiredService<RelayStore>().GetPendingAsync("member", default);
        Assert.NotNull(stored);
        Assert.Equal(0UL, (await world.Hub.GetMemberAsync(world.Member)).Checkpoints);

        proxy.Stop();
        await using var relay = RelayProcess.Start(settings);
        await Credentials.RevokeAsync(world, document, tree);
        await world.MineAsync(3);
        await Task.Delay(_outage);
        var duringOutage = await world.Hub.GetMemberAsync(world.Member);
        proxy.Start();
        var head = await world.MemberHeadAsync();
        for (var i = 0; i < 600 && (await world.Hub.GetMemberAsync(world.Member)).NextFromBlock <= head; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(0UL, duringOutage.Checkpoints);
        var member = await world.Hub.GetMemberAsync(world.Member);
        Assert.True(member.NextFromBlock == head + 1, $"The relay did not catch up to block {head}:{Environment.NewLine}{relay.Output}");
        var first = await world.Hub.GetCheckpointAsync(world.Member, 1);
        Assert.Equal(((ulong)stored.FromBlock, (ulong)stored.ToBlock, stored.Root), (first.FromBlock, first.ToBlock, first.Root));
        var hubTx = new TransactionService(chains.Hub.CreateWeb3(), chains.Hub.TransactionOptions);
        Assert.True((await hubTx.GetReceiptAsync(Hash32.Parse(stored.TransactionHash)))?.Succeeded());
        Assert.Equal(member.Checkpoints, (ulong)await hubTx.GetNonceAsync(world.Relay.Address, NonceBlock.Latest));
        await RelayRecoveryTests.AssertCanonicalAsync(world);
    }

    private static Dictionary<string, string?> Settings(HubWorld world)
    {
        var settings = world.CurrentSettings();
        settings["Relay:RunWorker"] = "true";
        settings["Relay:PollInterval"] = "00:00:00.200";
        return settings;
    }
}
