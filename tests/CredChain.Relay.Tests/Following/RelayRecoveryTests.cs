using CredChain.Core.Hashing;
using CredChain.Ethereum.Transactions;
using CredChain.Relay.Following;
using CredChain.Relay.Storage;
using CredChain.Relay.Tests.Support;
using CredChain.Testing.Network;
using Microsoft.Extensions.DependencyInjection;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;

namespace CredChain.Relay.Tests.Following;

[Collection(TwoChains.Name)]
public sealed class RelayRecoveryTests(TwoChainsFixture chains)
{
    [Fact]
    public async Task Restart_AfterBuildBeforeSend_SendsTheStoredTransactionOnce()
    {
        await using var world = await HubWorld.CreateAsync(chains);
        await world.Registry.AnchorAsync(world.Issuer, Roots.NewBatch().Tree.Root.ToByteArray());
        var built = await BuildOnlyAsync(world);

        await world.RestartAsync();
        await world.RoundAsync();
        await world.MineAsync(2);
        await world.RoundAsync();

        await AssertExactlyOnceAsync(world, built, expectedCheckpoints: 2);
    }

    [Fact]
    public async Task Restart_AfterSendBeforeTheReceipt_AdoptsTheHubsCheckpointWithoutPostingAgain()
    {
        await using var world = await HubWorld.CreateAsync(chains);
        await world.Registry.AnchorAsync(world.Issuer, Roots.NewBatch().Tree.Root.ToByteArray());
        var built = await BuildOnlyAsync(world);
        var hubTx = new TransactionService(chains.Hub.CreateWeb3(), chains.Hub.TransactionOptions);
        await hubTx.SendRawAsync(new SignedTransaction(Convert.FromHexString(built.RawTransaction.AsSpan(2)), Hash32.Parse(built.TransactionHash), built.Nonce, world.Relay.Address, world.Hub.Address, 0, 0));
        await hubTx.WaitForReceiptAsync(Hash32.Parse(built.TransactionHash));

        await world.RestartAsync();
        await world.RoundAsync();
        await world.MineAsync(1);
        await world.RoundAsync();

        await AssertExactlyOnceAsync(world, built, expectedCheckpoints: 2);
    }

    [Fact]
    public async Task MemberRpcDown_RoundsFailWithoutGaps_AndCatchUpWhenItReturns()
    {
        await using var proxy = new TcpProxy(chains.Member.RpcUrl);
        proxy.Start();
        await using var world = await HubWorld.CreateAsync(chains, memberRpcUrl: proxy.Url.ToString());
        await world.RoundAsync();
        proxy.Stop();
        var (tree, _) = Roots.NewBatch();
        await world.Registry.AnchorAsync(world.Issuer, tree.Root.ToByteArray());

        await world.RoundAsync();
        var whileDown = world.Status.Members["member"];
        await world.MineAsync(3);
        proxy.Start();
        await world.RoundAsync();

        Assert.NotNull(whileDown.LastError);
        Assert.Null(world.Status.Members["member"].LastError);
        var head = await world.MemberHeadAsync();
        var member = await world.Hub.GetMemberAsync(world.Member);
        Assert.Equal((2UL, head + 1), (member.Checkpoints, member.NextFromBlock));
        var proof = Assert.Single((await world.Proofs.RootAsync(world.MemberChain, world.Issuer.Address.ToLowerInvariant(), tree.Root.ToString(), default)).Entries);
        Assert.Equal(2UL, proof.Sequence);
    }

    [Fact]
    public async Task MemberReorgWithinTheFinalityDepth_IsNeverCheckpointed()
    {
        await using var world = await HubWorld.CreateAsync(chains, finalityDepth: 3);
        var (tree, targets) = Roots.NewBatch();
        await world.Registry.AnchorAsync(world.Issuer, tree.Root.ToByteArray());
        await world.MineAsync(3);
        await world.RoundAsync();
        var web3 = chains.Member.CreateWeb3();
        var snapshot = await web3.Client.SendRequestAsync<HexBigInteger>("evm_snapshot");
        await world.Registry.RevokeCredentialAsync(world.Issuer, tree.Root.ToByteArray(), targets[0].ToByteArray(), tree.GetProof(targets[0]).Select(h => h.ToByteArray()).ToList(), 2);
        await world.MineAsync(1);
        await world.RoundAsync();

        await web3.Client.SendRequestAsync<bool>("evm_revert", null, snapshot);
        await world.MineAsync(6);
        await world.RoundAsync();

        var revocations = await world.Proofs.RevocationsAsync(world.MemberChain, world.Issuer.Address.ToLowerInvariant(), tree.Root.ToString(), targets[0].ToString(), default);
        Assert.Empty(revocations.Entries);
        var head = await world.MemberHeadAsync();
        Assert.Equal(head - 2, (await world.Hub.GetMemberAsync(world.Member)).NextFromBlock);
        await AssertCanonicalAsync(world);
    }

    [Fact]
    public async Task MemberReorgAfterBuildBeforeSend_DiscardsTheStaleCheckpointAndPostsTheCanonicalOne()
    {
        await using var world = await HubWorld.CreateAsync(chains);
        var web3 = chains.Member.CreateWeb3();
        var snapshot = await web3.Client.SendRequestAsync<HexBigInteger>("evm_snapshot");
        await world.Registry.AnchorAsync(world.Issuer, Roots.NewBatch().Tree.Root.ToByteArray());
        var stale = await BuildOnlyAsync(world);

        await web3.Client.SendRequestAsync<bool>("evm_revert", null, snapshot);
        await world.MineAsync(2);
        await world.RoundAsync();
        await world.RoundAsync();

        var first = await world.Hub.GetCheckpointAsync(world.Member, 1);
        Assert.NotEqual(stale.SourceBlockHash, first.SourceBlockHash);
        await AssertCanonicalAsync(world);
    }

    private static async Task<CheckpointRow> BuildOnlyAsync(HubWorld world)
    {
        var builder = world.Host.Services.GetRequiredService<CheckpointBuilder>();
        var onHub = await world.Hub.GetMemberAsync(world.Member);
        return (await builder.BuildAsync(world.MemberChain, onHub, default))!;
    }

    /// <summary>The stored transaction is the one on the hub; ranges run without gap or overlap from the start block to the head.</summary>
    private static async Task AssertExactlyOnceAsync(HubWorld world, CheckpointRow built, ulong expectedCheckpoints)
    {
        var receipt = await new TransactionService(world.Chains.Hub.CreateWeb3(), world.Chains.Hub.TransactionOptions).GetReceiptAsync(Hash32.Parse(built.TransactionHash));
        Assert.True(receipt?.Succeeded(), "The stored transaction was not mined.");
        var member = await world.Hub.GetMemberAsync(world.Member);
        Assert.Equal((expectedCheckpoints, await world.MemberHeadAsync() + 1), (member.Checkpoints, member.NextFromBlock));
        var first = await world.Hub.GetCheckpointAsync(world.Member, 1);
        Assert.Equal(((ulong)built.FromBlock, (ulong)built.ToBlock, built.Root), (first.FromBlock, first.ToBlock, first.Root));
        await AssertCanonicalAsync(world);
    }

    /// <summary>Every checkpoint on the hub is contiguous with the previous and ends at a block hash of the member's canonical chain.</summary>
    internal static async Task AssertCanonicalAsync(HubWorld world)
    {
        var member = await world.Hub.GetMemberAsync(world.Member);
        var sequences = Enumerable.Range(1, (int)member.Checkpoints).Select(i => (ulong)i).ToList();
        var (checkpoints, _) = await world.Hub.GetCheckpointsAsync(world.Member, sequences);
        var expectedFrom = world.StartBlock;
        foreach (var checkpoint in checkpoints)
        {
            Assert.Equal(expectedFrom, checkpoint.FromBlock);
            var block = await world.MemberChain.Head.GetBlockAsync(checkpoint.ToBlock, default);
            Assert.Equal(block!.Value.Hash, checkpoint.SourceBlockHash, ignoreCase: true);
            expectedFrom = checkpoint.ToBlock + 1;
        }
    }
}
