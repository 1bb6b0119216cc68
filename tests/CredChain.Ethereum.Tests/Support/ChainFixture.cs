using CredChain.Core.Verification;
using CredChain.Ethereum.Deployment;
using CredChain.Ethereum.Dev;
using CredChain.Ethereum.Governance;
using CredChain.Ethereum.Registry;
using CredChain.Ethereum.Transactions;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace CredChain.Ethereum.Tests.Support;

/// <summary>One anvil dev node with the registries deployed, shared by every test of <see cref="ChainTests"/>.</summary>
public sealed class ChainFixture : IAsyncLifetime
{
    private DevNode? _node;

    public DevNode Node => _node ?? throw new InvalidOperationException("The fixture is not initialised.");

    public Web3 Web3 { get; private set; } = null!;

    public TransactionService Transactions { get; private set; } = null!;

    public RegistryDeployment Deployment { get; private set; } = null!;

    public IssuerRegistryClient Governance { get; private set; } = null!;

    public CredentialRegistryClient Registry { get; private set; } = null!;

    /// <summary>Deployer, admin and governor of the registries.</summary>
    public Account Governor => Node.Accounts[0];

    public static IssuerProfile Profile(string name) => new($"{name}大学", $"{name} University", $"{name.ToLowerInvariant()}.edu.cn");

    public async Task InitializeAsync()
    {
        _node = await DevNode.StartAsync();
        Web3 = Node.CreateWeb3();
        Transactions = new TransactionService(Web3, Node.TransactionOptions);
        Deployment = await RegistryDeployer.DeployAsync(Transactions, Governor, Governor.Address);
        Governance = new IssuerRegistryClient(Web3, Deployment.IssuerRegistryAddress, Transactions);
        Registry = new CredentialRegistryClient(Web3, Deployment.CredentialRegistryAddress, Transactions);
    }

    public async Task DisposeAsync()
    {
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }
    }

    /// <summary>A fresh funded account, unknown to the registries.</summary>
    public Task<Account> NewAccountAsync() => Node.CreateFundedAccountAsync();

    /// <summary>A fresh funded account accredited with an open-ended window that started a day ago.</summary>
    public async Task<Account> NewAccreditedIssuerAsync(string name = "Test")
    {
        var issuer = await NewAccountAsync();
        var now = await LatestBlockTimeAsync();
        await Governance.AccreditAsync(Governor, issuer.Address, Profile(name), now.AddDays(-1), null);
        return issuer;
    }

    public async Task<DateTimeOffset> LatestBlockTimeAsync() =>
        await BlockTimeAsync(BlockParameter.CreateLatest());

    public async Task<DateTimeOffset> BlockTimeAsync(TransactionReceipt receipt) =>
        await BlockTimeAsync(new BlockParameter(receipt.BlockNumber));

    private async Task<DateTimeOffset> BlockTimeAsync(BlockParameter block)
    {
        var header = await Web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(block);
        return DateTimeOffset.FromUnixTimeSeconds((long)header.Timestamp.Value);
    }
}
