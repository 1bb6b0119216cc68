using System.Globalization;
using CredChain.Core.Verification;
using CredChain.Ethereum.Deployment;
using CredChain.Ethereum.Dev;
using CredChain.Ethereum.Governance;
using CredChain.Ethereum.Registry;
using CredChain.Ethereum.Transactions;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace CredChain.Testing.Chain;

/// <summary>
/// The part of every chain fixture the test projects share: one real anvil dev node on a free 127.0.0.1 port (started,
/// waited for and stopped by <see cref="DevNode"/>), by default with the issuer and credential registries deployed and
/// the first dev account as their governor. A project's fixture composes one or two of these with what only it needs.
/// </summary>
public sealed class TestChain : IAsyncDisposable
{
    private readonly DevNodeOptions _options;
    private DevNode _node;
    private RegistryDeployment? _deployment;
    private IssuerRegistryClient? _governance;
    private CredentialRegistryClient? _registry;

    private TestChain(DevNodeOptions options, DevNode node)
    {
        _options = options;
        _node = node;
        Bind();
    }

    public DevNode Node => _node;

    public Web3 Web3 { get; private set; } = null!;

    public TransactionService Transactions { get; private set; } = null!;

    /// <summary>The registries; throws on a chain started without them.</summary>
    public RegistryDeployment Deployment => _deployment ?? throw new InvalidOperationException("This chain was started without the registries.");

    public IssuerRegistryClient Governance => _governance ?? throw new InvalidOperationException("This chain was started without the registries.");

    public CredentialRegistryClient Registry => _registry ?? throw new InvalidOperationException("This chain was started without the registries.");

    /// <summary>Deployer, admin and governor of the registries (anvil's first dev account).</summary>
    public Account Governor => Node.Accounts[0];

    /// <summary>The block the issuer registry was deployed in (where event scans start).</summary>
    public long DeploymentBlock => (long)Deployment.IssuerRegistryReceipt.BlockNumber.Value;

    /// <summary>Starts a node with <paramref name="options"/> (a free port unless set) and, unless told not to, deploys the registries.</summary>
    public static async Task<TestChain> StartAsync(DevNodeOptions? options = null, bool withRegistries = true)
    {
        options ??= new DevNodeOptions();
        var chain = new TestChain(options, await DevNode.StartAsync(options).ConfigureAwait(false));
        try
        {
            if (withRegistries)
            {
                chain._deployment = await RegistryDeployer.DeployAsync(chain.Transactions, chain.Governor, chain.Governor.Address).ConfigureAwait(false);
                chain.BindRegistries();
            }

            return chain;
        }
        catch
        {
            await chain.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Two chains on different chain ids, started side by side; if either fails, the other is stopped too.</summary>
    public static async Task<(TestChain First, TestChain Second)> StartTwoAsync(long firstChainId, long secondChainId, bool withRegistries = true)
    {
        var first = StartAsync(new DevNodeOptions { ChainId = firstChainId }, withRegistries);
        var second = StartAsync(new DevNodeOptions { ChainId = secondChainId }, withRegistries);
        try
        {
            await Task.WhenAll(first, second).ConfigureAwait(false);
            return (first.Result, second.Result);
        }
        catch
        {
            foreach (var started in new[] { first, second }.Where(t => t.IsCompletedSuccessfully))
            {
                await started.Result.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    /// <summary>Stops the node (its state file, if any, is written); <see cref="RestartAsync"/> brings it back.</summary>
    public Task StopAsync() => Node.StopAsync();

    /// <summary>Starts the node again on the same port with the same options (state kept when a state file is set).</summary>
    public async Task RestartAsync()
    {
        var options = new DevNodeOptions
        {
            AnvilPath = _options.AnvilPath,
            ChainId = _options.ChainId,
            Port = Node.RpcUrl.Port,
            StateFile = _options.StateFile,
            StateInterval = _options.StateInterval,
            BlockTime = _options.BlockTime,
            StartTimeout = _options.StartTimeout,
            StopTimeout = _options.StopTimeout,
        };
        await Node.StopAsync().ConfigureAwait(false);
        _node = await DevNode.StartAsync(options).ConfigureAwait(false);
        Bind();
    }

    /// <summary>The portal settings (<c>Portal:Networks:{index}:*</c>) that put this chain on its trust list at <paramref name="index"/>.</summary>
    public IEnumerable<KeyValuePair<string, string?>> PortalSettings(int index, string key, string nameZh, string nameEn)
    {
        var prefix = $"Portal:Networks:{index.ToString(CultureInfo.InvariantCulture)}:";
        return
        [
            new(prefix + "Key", key),
            new(prefix + "NameZh", nameZh),
            new(prefix + "NameEn", nameEn),
            new(prefix + "ChainId", Node.ChainId.ToString(CultureInfo.InvariantCulture)),
            new(prefix + "RpcUrl", Node.RpcUrl.ToString()),
            new(prefix + "RegistryAddress", Deployment.CredentialRegistryAddress),
            new(prefix + "GovernanceAddress", Deployment.IssuerRegistryAddress),
            new(prefix + "DeploymentBlock", DeploymentBlock.ToString(CultureInfo.InvariantCulture)),
        ];
    }

    /// <summary>A fresh funded account, unknown to the registries.</summary>
    public Task<Account> NewAccountAsync() => Node.CreateFundedAccountAsync();

    /// <summary>A fresh funded account accredited with an open-ended window that started <paramref name="since"/> before the chain's clock.</summary>
    public async Task<Account> NewAccreditedIssuerAsync(IssuerProfile profile, TimeSpan since)
    {
        var issuer = await NewAccountAsync().ConfigureAwait(false);
        var now = await LatestBlockTimeAsync().ConfigureAwait(false);
        await Governance.AccreditAsync(Governor, issuer.Address, profile, now - since, null).ConfigureAwait(false);
        return issuer;
    }

    public Task<DateTimeOffset> LatestBlockTimeAsync() => BlockTimeAsync(BlockParameter.CreateLatest());

    public Task<DateTimeOffset> BlockTimeAsync(TransactionReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return BlockTimeAsync(new BlockParameter(receipt.BlockNumber));
    }

    /// <summary>The number of the latest block.</summary>
    public async Task<long> HeadAsync() => (long)(await Web3.Eth.Blocks.GetBlockNumber.SendRequestAsync().ConfigureAwait(false)).Value;

    public async ValueTask DisposeAsync() => await Node.DisposeAsync().ConfigureAwait(false);

    private async Task<DateTimeOffset> BlockTimeAsync(BlockParameter block)
    {
        var header = await Web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(block).ConfigureAwait(false);
        return DateTimeOffset.FromUnixTimeSeconds((long)header.Timestamp.Value);
    }

    private void Bind()
    {
        Web3 = Node.CreateWeb3();
        Transactions = new TransactionService(Web3, Node.TransactionOptions);
        BindRegistries();
    }

    private void BindRegistries()
    {
        if (_deployment is not null)
        {
            _governance = new IssuerRegistryClient(Web3, _deployment.IssuerRegistryAddress, Transactions);
            _registry = new CredentialRegistryClient(Web3, _deployment.CredentialRegistryAddress, Transactions);
        }
    }
}
