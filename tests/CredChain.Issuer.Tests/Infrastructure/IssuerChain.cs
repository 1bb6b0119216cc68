using CredChain.Core.Verification;
using CredChain.Ethereum.Deployment;
using CredChain.Ethereum.Dev;
using CredChain.Ethereum.Governance;
using CredChain.Ethereum.Registry;
using CredChain.Ethereum.Transactions;
using CredChain.Testing.Chain;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace CredChain.Issuer.Tests.Infrastructure;

/// <summary>A real anvil dev node with the registries deployed (the shared <see cref="TestChain"/>) and a fresh accredited
/// issuer account per fixture, its key in an environment variable the issuing service reads.</summary>
public sealed class IssuerChain : IAsyncLifetime
{
    private readonly List<string> _keyVariables = [];
    private TestChain? _chain;

    public TestChain Chain => _chain ?? throw new InvalidOperationException("Not started.");

    public DevNode Node => Chain.Node;

    public Web3 Web3 => Chain.Web3;

    public TransactionService Transactions => Chain.Transactions;

    public RegistryDeployment Deployment => Chain.Deployment;

    public CredentialRegistryClient Registry => Chain.Registry;

    public IssuerRegistryClient Governance => Chain.Governance;

    /// <summary>An accredited issuer whose key is in <see cref="IssuerKeyVariable"/>.</summary>
    public Account Issuer { get; private set; } = null!;

    public string IssuerAddress => Issuer.Address.ToLowerInvariant();

    /// <summary>A unique environment variable name, so parallel fixtures never share a key variable.</summary>
    public string IssuerKeyVariable { get; } = "CREDCHAIN_TEST_KEY_" + Guid.NewGuid().ToString("N");

    /// <summary>Optional anvil state file: set before <see cref="InitializeAsync"/> for drills that restart the node.</summary>
    public string? StateFile { get; init; }

    public async Task InitializeAsync()
    {
        _chain = await TestChain.StartAsync(new DevNodeOptions { StateFile = StateFile });
        Issuer = await Chain.NewAccreditedIssuerAsync(new IssuerProfile("测试大学", "Test University", "test.edu.cn"), TimeSpan.FromDays(1));
        Environment.SetEnvironmentVariable(IssuerKeyVariable, Issuer.PrivateKey);
    }

    /// <summary>Another funded, accredited issuer account, its key in a fresh environment variable.</summary>
    public async Task<IssuerKey> CreateIssuerAsync(string name)
    {
        var account = await Chain.NewAccreditedIssuerAsync(new IssuerProfile(name, name, "test.edu.cn"), TimeSpan.FromDays(1));
        var variable = "CREDCHAIN_TEST_KEY_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, account.PrivateKey);
        _keyVariables.Add(variable);
        return new IssuerKey(account, variable, name);
    }

    public Task SuspendAsync(IssuerKey issuer) => Governance.SuspendAsync(Chain.Governor, issuer.Account.Address);

    public Task ReinstateAsync(IssuerKey issuer) => Governance.ReinstateAsync(Chain.Governor, issuer.Account.Address);

    /// <summary>Transactions mined from <paramref name="address"/> (its latest nonce), reverted ones included.</summary>
    public async Task<long> TransactionCountAsync(string address) =>
        (long)(await Web3.Eth.Transactions.GetTransactionCount.SendRequestAsync(address, BlockParameter.CreateLatest())).Value;

    /// <summary>Every RootAnchored event the registry logged, as (root hex, issuer lower-case).</summary>
    public async Task<IReadOnlyList<(string Root, string Issuer)>> RootAnchoredEventsAsync()
    {
        var handler = Web3.Eth.GetEvent<Ethereum.Generated.CredentialRegistry.RootAnchoredEventDTO>(Deployment.CredentialRegistryAddress);
        var events = await handler.GetAllChangesAsync(handler.CreateFilterInput(BlockParameter.CreateEarliest(), BlockParameter.CreateLatest()));
        return [.. events.Select(e => (e.Event.Root.ToHex(prefix: true), e.Event.Issuer.ToLowerInvariant()))];
    }

    /// <summary>How many CredentialRevoked events the registry logged for <paramref name="targetHash"/>.</summary>
    public async Task<int> CountCredentialRevokedEventsAsync(byte[] targetHash)
    {
        var handler = Web3.Eth.GetEvent<Ethereum.Generated.CredentialRegistry.CredentialRevokedEventDTO>(Deployment.CredentialRegistryAddress);
        var events = await handler.GetAllChangesAsync(handler.CreateFilterInput(BlockParameter.CreateEarliest(), BlockParameter.CreateLatest()));
        return events.Count(e => e.Event.TargetHash.ToHex() == targetHash.ToHex());
    }

    /// <summary>Stops the node (its state is kept when <see cref="StateFile"/> is set) and starts it again on the same port.</summary>
    public Task StopNodeAsync() => Chain.StopAsync();

    public Task RestartNodeAsync() => Chain.RestartAsync();

    /// <summary>Settings for a service that issues for <see cref="Issuer"/> on this node.</summary>
    public Dictionary<string, string?> ServiceSettings() => new()
    {
        ["Chain:RpcUrl"] = Node.RpcUrl.ToString(),
        ["Chain:ChainId"] = Node.ChainId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Chain:CredentialRegistryAddress"] = Deployment.CredentialRegistryAddress,
        ["Chain:ReceiptPollingInterval"] = "00:00:00.050",
        ["Issuer:Accounts:0:Name"] = "Test University",
        ["Issuer:Accounts:0:PrivateKeyEnv"] = IssuerKeyVariable,
        ["Anchoring:BatchWindow"] = "00:00:00.300",
        ["Anchoring:IdlePoll"] = "00:00:00.200",
    };

    /// <summary>How many RootAnchored events the registry logged for <paramref name="root"/> (must be at most one).</summary>
    public async Task<int> CountAnchorEventsAsync(byte[] root)
    {
        var handler = Web3.Eth.GetEvent<Ethereum.Generated.CredentialRegistry.RootAnchoredEventDTO>(Deployment.CredentialRegistryAddress);
        var filter = handler.CreateFilterInput(BlockParameter.CreateEarliest(), BlockParameter.CreateLatest());
        var events = await handler.GetAllChangesAsync(filter);
        return events.Count(e => e.Event.Root.ToHex() == root.ToHex());
    }

    /// <summary>Settings for a service that issues for <paramref name="issuers"/> (and only them) on this node.</summary>
    public Dictionary<string, string?> ServiceSettings(params IssuerKey[] issuers)
    {
        var settings = ServiceSettings();
        settings.Remove("Issuer:Accounts:0:Name");
        settings.Remove("Issuer:Accounts:0:PrivateKeyEnv");
        for (var i = 0; i < issuers.Length; i++)
        {
            settings[$"Issuer:Accounts:{i}:Name"] = issuers[i].Name;
            settings[$"Issuer:Accounts:{i}:PrivateKeyEnv"] = issuers[i].KeyVariable;
        }

        return settings;
    }

    public async Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable(IssuerKeyVariable, null);
        foreach (var variable in _keyVariables)
        {
            Environment.SetEnvironmentVariable(variable, null);
        }

        if (_chain is not null)
        {
            await _chain.DisposeAsync();
        }
    }
}
