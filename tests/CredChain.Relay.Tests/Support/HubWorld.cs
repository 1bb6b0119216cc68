using System.Globalization;
using CredChain.Core.Verification;
using CredChain.Ethereum.Deployment;
using CredChain.Ethereum.Dev;
using CredChain.Ethereum.Governance;
using CredChain.Ethereum.Hub;
using CredChain.Ethereum.Registry;
using CredChain.Ethereum.Transactions;
using CredChain.Relay.Api;
using CredChain.Relay.Following;
using CredChain.Testing.Chain;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace CredChain.Relay.Tests.Support;

/// <summary>
/// One test's world: fresh registries on the member node, a fresh hub registry with the member registered from the
/// registries' deployment block, an accredited relay account, an accredited issuer, and the relay host (worker off:
/// the test drives its rounds) on a temporary SQLite file.
/// </summary>
public sealed class HubWorld : IAsyncDisposable
{
    private readonly string _directory;

    private HubWorld(TwoChainsFixture chains, string directory)
    {
        Chains = chains;
        _directory = directory;
    }

    public TwoChainsFixture Chains { get; }

    public CredentialRegistryClient Registry { get; private set; } = null!;

    public IssuerRegistryClient Governance { get; private set; } = null!;

    public CheckpointRegistryClient Hub { get; private set; } = null!;

    public MemberRef Member { get; private set; } = null!;

    public ulong StartBlock { get; private set; }

    public Account Relay { get; private set; } = null!;

    public Account Issuer { get; private set; } = null!;

    public WebApplication Host { get; private set; } = null!;

    public string DatabasePath => Path.Combine(_directory, "relay.db");

    public static async Task<HubWorld> CreateAsync(TwoChainsFixture chains, int finalityDepth = 0, bool accreditRelay = true, string? memberRpcUrl = null, int minRangeBlocks = 1)
    {
        var world = new HubWorld(chains, Directory.CreateTempSubdirectory("credchain-relay-").FullName);
        var memberTx = new TransactionService(chains.Member.CreateWeb3(), chains.Member.TransactionOptions);
        var deployment = await RegistryDeployer.DeployAsync(memberTx, chains.Member.Accounts[0], chains.Member.Accounts[0].Address);
        world.Registry = new CredentialRegistryClient(chains.Member.CreateWeb3(), deployment.CredentialRegistryAddress, memberTx);
        world.Governance = new IssuerRegistryClient(chains.Member.CreateWeb3(), deployment.IssuerRegistryAddress, memberTx);
        world.StartBlock = (ulong)deployment.IssuerRegistryReceipt.BlockNumber.Value;
        world.Member = new MemberRef((ulong)chains.Member.ChainId, deployment.CredentialRegistryAddress);

        var hubTx = new TransactionService(chains.Hub.CreateWeb3(), chains.Hub.TransactionOptions);
        var admin = chains.Hub.Accounts[0];
        world.Hub = new CheckpointRegistryClient(chains.Hub.CreateWeb3(), await CheckpointRegistryClient.DeployAsync(hubTx, admin, admin.Address), hubTx);
        await world.Hub.RegisterMemberAsync(admin, world.Member, world.StartBlock);
        world.Relay = await chains.Hub.CreateFundedAccountAsync();
        if (accreditRelay)
        {
            await world.Hub.AccreditRelayAsync(admin, world.Member, world.Relay.Address);
        }

        world.Issuer = await chains.Member.CreateFundedAccountAsync();
        var now = DateTimeOffset.FromUnixTimeSeconds((long)(await chains.Member.CreateWeb3().Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(Nethereum.RPC.Eth.DTOs.BlockParameter.CreateLatest())).Timestamp.Value);
        await world.Governance.AccreditAsync(chains.Member.Accounts[0], world.Issuer.Address, new IssuerProfile("示例大学", "Example University", "example.edu.cn"), now.AddDays(-365), null);
        world._minRange = minRangeBlocks;
        world.Host = world.BuildHost(deployment, finalityDepth, memberRpcUrl);
        return world;
    }

    /// <summary>The relay's settings for this world.</summary>
    public Dictionary<string, string?> Settings(RegistryDeployment deployment, int finalityDepth, string? memberRpcUrl) => new()
    {
        ["Relay:DatabasePath"] = DatabasePath,
        ["Relay:HubRpcUrl"] = Chains.Hub.RpcUrl.ToString(),
        ["Relay:HubRegistry"] = Hub.Address,
        ["Relay:PrivateKey"] = Relay.PrivateKey.EnsureHexPrefix(),
        ["Relay:ReceiptPollingInterval"] = "00:00:00.020",
        ["Relay:RunWorker"] = "false",
        ["Relay:Members:0:Key"] = "member",
        ["Relay:Members:0:ChainId"] = Chains.Member.ChainId.ToString(CultureInfo.InvariantCulture),
        ["Relay:Members:0:RpcUrl"] = memberRpcUrl ?? Chains.Member.RpcUrl.ToString(),
        ["Relay:Members:0:RegistryAddress"] = deployment.CredentialRegistryAddress,
        ["Relay:Members:0:GovernanceAddress"] = deployment.IssuerRegistryAddress,
        ["Relay:Members:0:FinalityDepth"] = finalityDepth.ToString(CultureInfo.InvariantCulture),
        ["Relay:Members:0:MinRangeBlocks"] = _minRange.ToString(CultureInfo.InvariantCulture),
    };

    private int _minRange = 1;
    private RegistryDeployment? _deployment;
    private int _finality;
    private string? _memberRpcUrl;

    private WebApplication BuildHost(RegistryDeployment deployment, int finalityDepth, string? memberRpcUrl)
    {
        (_deployment, _finality, _memberRpcUrl) = (deployment, finalityDepth, memberRpcUrl);
        return RelayHost.Build(["--urls", "http://127.0.0.1:0"], Settings(deployment, finalityDepth, memberRpcUrl));
    }

    /// <summary>The settings the current host runs with.</summary>
    public Dictionary<string, string?> CurrentSettings() => Settings(_deployment!, _finality, _memberRpcUrl);

    /// <summary>Throws the relay host away (as a crash would) and builds a new one on the same store.</summary>
    public async Task RestartAsync()
    {
        await Host.DisposeAsync();
        Host = BuildHost(_deployment!, _finality, _memberRpcUrl);
    }

    public Task RoundAsync() => Host.Services.GetRequiredService<RelayWorker>().RoundAsync(CancellationToken.None);

    internal ProofService Proofs => Host.Services.GetRequiredService<ProofService>();

    internal MemberChain MemberChain => Host.Services.GetRequiredService<IReadOnlyList<MemberChain>>()[0];

    internal RelayStatus Status => Host.Services.GetRequiredService<RelayStatus>();

    public Task MineAsync(int blocks) => Chains.Member.CreateWeb3().MineAsync(blocks);

    public async Task<ulong> MemberHeadAsync() => (ulong)(await Chains.Member.CreateWeb3().Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;

    public static IWeb3 Web3(DevNode node) => node.CreateWeb3();

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold the file a moment longer; the temp directory is cleaned by the system.
        }
    }
}
