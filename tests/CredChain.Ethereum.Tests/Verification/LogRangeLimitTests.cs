using CredChain.Core.Hashing;
using CredChain.Core.Verification;
using CredChain.Ethereum.Calls;
using CredChain.Ethereum.Registry;
using CredChain.Ethereum.Tests.Support;
using CredChain.Ethereum.Transactions;
using CredChain.Ethereum.Verification;
using CredChain.Testing.Chain;
using CredChain.Testing.Network;
using Nethereum.Contracts;
using Nethereum.Web3;

namespace CredChain.Ethereum.Tests.Verification;

/// <summary>
/// Reading anchoring events from a node that refuses <c>eth_getLogs</c> over more than 1000 blocks, as Besu does by
/// default (anvil has no limit), with more than 1000 blocks of history: no request is refused and every answer is whole.
/// </summary>
[Collection(ChainTests.Name)]
public sealed class LogRangeLimitTests(ChainFixture chain)
{
    private const int BesuDefaultLimit = 1000;

    [Fact]
    public async Task RpcAnchorRegistry_OnANodeWithBesusLogRangeLimit_AnswersAnchoredNobodyAndAnotherAccount()
    {
        await using var proxy = new LogRangeLimitProxy(chain.Node.RpcUrl, BesuDefaultLimit);
        var named = await chain.NewAccreditedIssuerAsync();
        var other = await chain.NewAccreditedIssuerAsync();
        var (own, swapped, nobody) = (Bytes32.Random(), Bytes32.Random(), Bytes32.Random());
        await chain.Web3.MineAsync(BesuDefaultLimit + 200, 0);
        await chain.Registry.AnchorAsync(named, TestMerkleTree.Leaf(own));
        await chain.Registry.AnchorAsync(other, TestMerkleTree.Leaf(swapped));
        var reader = new RpcAnchorRegistry(new Web3(proxy.Url.ToString()), chain.Node.ChainId, chain.Registry.Address);

        var records = new[]
        {
            await reader.LookupAsync(Query(named.Address, own), CancellationToken.None),
            await reader.LookupAsync(Query(named.Address, swapped), CancellationToken.None),
            await reader.LookupAsync(Query(named.Address, nobody), CancellationToken.None),
        };

        Assert.Equal(
            [(true, named.Address, (string?)null), (false, null, other.Address), (false, null, null)],
            records.Select(r => (r.Anchored, r.IssuerAddress, r.AnchoredByAnotherAccount)));
        Assert.Equal((0, true), (proxy.Refused, proxy.WidestServed is > 0 and <= BesuDefaultLimit));
    }

    /// <param name="interval">
    /// Seconds between the blocks mined around the anchoring: 1 gives each block its own second, so only the anchoring
    /// second's one or two blocks are read, not 2400 blocks of history; 0 makes all of them share the anchoring second
    /// (as several QBFT blocks may), which is then read in chunks.
    /// </param>
    /// <param name="widestRead">The most blocks one <c>eth_getLogs</c> may then cover.</param>
    [Theory]
    [InlineData(1, 10)]
    [InlineData(0, BesuDefaultLimit)]
    public async Task AddOwn_FindsTheAnchoringBlockByItsTime(int interval, int widestRead)
    {
        await using var proxy = new LogRangeLimitProxy(chain.Node.RpcUrl, BesuDefaultLimit);
        var issuer = await chain.NewAccreditedIssuerAsync();
        var targetHash = Bytes32.Random();
        await chain.Web3.MineAsync(BesuDefaultLimit + 200, interval);
        var receipt = await chain.Registry.AnchorAsync(issuer, TestMerkleTree.Leaf(targetHash));
        await chain.Web3.MineAsync(BesuDefaultLimit + 200, interval);

        var (record, completed) = await AddOwnAsync(proxy, issuer.Address, targetHash, receipt);

        Assert.Equal(record with { AnchoredInBlock = (long)receipt.BlockNumber.Value, AnchorTransactionHash = Hash32.Parse(receipt.TransactionHash) }, completed);
        Assert.Equal((0, true), (proxy.Refused, proxy.WidestServed > 0 && proxy.WidestServed <= widestRead));
    }

    [Fact]
    public void LogRanges_CoverTheRangeExactlyInChunksOfTheLimit()
    {
        Assert.Equal(
            [(5, 7), (8, 10), (11, 11)],
            LogRanges.Oldest(new BlockRange(5, 11), 3).Select(r => ((int)r.From.Value, (int)r.To.Value)));
        Assert.Equal(
            [(9, 11), (6, 8), (5, 5)],
            LogRanges.Newest(new BlockRange(5, 11), 3).Select(r => ((int)r.From.Value, (int)r.To.Value)));
        Assert.Empty(LogRanges.Oldest(new BlockRange(5, 4), 3));
    }

    /// <summary>A verify-view answer for the anchored root, and what <see cref="AnchoringEvents.AddOwnAsync"/> makes of it over the proxy.</summary>
    private async Task<(AnchorRecord Record, AnchorRecord Completed)> AddOwnAsync(LogRangeLimitProxy proxy, string issuer, byte[] targetHash, Nethereum.RPC.Eth.DTOs.TransactionReceipt receipt)
    {
        var web3 = new Web3(proxy.Url.ToString());
        var transactions = new TransactionService(web3, chain.Node.TransactionOptions);
        var events = new AnchoringEvents(web3, transactions, new CredentialRegistryClient(web3, chain.Registry.Address, transactions));
        var anchoredAt = await chain.BlockTimeAsync(receipt);
        var head = (await web3.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
        var record = new AnchorRecord(true, issuer, anchoredAt, true, null, null, true, true, ChainFixture.Profile("Test"), new BlockRef((long)head, anchoredAt));
        return (record, await events.AddOwnAsync(Query(issuer, targetHash), record, new BlockRange(0, head), CancellationToken.None));
    }

    private AnchorQuery Query(string issuer, byte[] targetHash) =>
        new(chain.Node.ChainId, chain.Registry.Address, issuer, Hash32.FromBytes(TestMerkleTree.Leaf(targetHash)), Hash32.FromBytes(targetHash), []);
}
