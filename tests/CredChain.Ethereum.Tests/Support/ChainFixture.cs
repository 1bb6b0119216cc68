using CredChain.Core.Verification;
using CredChain.Ethereum.Deployment;
using CredChain.Ethereum.Dev;
using CredChain.Ethereum.Governance;
using CredChain.Ethereum.Registry;
using CredChain.Ethereum.Transactions;
using CredChain.Testing.Chain;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace CredChain.Ethereum.Tests.Support;

/// <summary>One anvil dev node with the registries deployed (the shared <see cref="TestChain"/>), shared by every test of <see cref="ChainTests"/>.</summary>
public sealed class ChainFixture : IAsyncLifetime
{
    private TestChain? _chain;

    public TestChain Chain => _chain ?? throw new InvalidOperationException("The fixture is not initialised.");

    public DevNode Node => Chain.Node;

    public Web3 Web3 => Chain.Web3;

    public TransactionService Transactions => Chain.Transactions;

    public RegistryDeployment Deployment => Chain.Deployment;

    public IssuerRegistryClient Governance => Chain.Governance;

    public CredentialRegistryClient Registry => Chain.Registry;

    /// <summary>Deployer, admin and governor of the registries.</summary>
    public Account Governor => Chain.Governor;

    public static IssuerProfile Profile(string name) => new($"{name}大学", $"{name} University", $"{name.ToLowerInvariant()}.edu.cn");

    public async Task InitializeAsync() => _chain = await TestChain.StartAsync();

    public async Task DisposeAsync()
    {
        if (_chain is not null)
        {
            await _chain.DisposeAsync();
        }
    }

    /// <summary>A fresh funded account, unknown to the registries.</summary>
    public Task<Account> NewAccountAsync() => Chain.NewAccountAsync();

    /// <summary>A fresh funded account accredited with an open-ended window that started a day ago.</summary>
    public Task<Account> NewAccreditedIssuerAsync(string name = "Test") => Chain.NewAccreditedIssuerAsync(Profile(name), TimeSpan.FromDays(1));

    public Task<DateTimeOffset> LatestBlockTimeAsync() => Chain.LatestBlockTimeAsync();

    public Task<DateTimeOffset> BlockTimeAsync(TransactionReceipt receipt) => Chain.BlockTimeAsync(receipt);
}
