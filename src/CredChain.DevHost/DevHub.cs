using System.Globalization;
using System.Text.Json;
using CredChain.Cli.Chain;
using CredChain.Ethereum.Dev;
using CredChain.Ethereum.Hub;
using CredChain.Ethereum.Transactions;
using CredChain.Relay;
using Microsoft.AspNetCore.Builder;
using Spectre.Console;

namespace CredChain.DevHost;

/// <summary>
/// <c>credchain up --hub</c>: a second dev chain as the national hub, its <c>CheckpointRegistry</c> (deployed once, the
/// dev chain registered as a member, dev account 9 accredited as its relay), and the relay in this process following
/// the dev chain, so a newcomer can watch checkpoints land on one machine.
/// </summary>
internal sealed class DevHub : IAsyncDisposable
{
    public const long HubChainId = 2026;
    private const int RelayAccountIndex = 9;
    private readonly DevNode _node;
    private readonly WebApplication _relay;

    private DevHub(DevNode node, WebApplication relay, string registry, Uri relayUrl)
    {
        (_node, _relay, Registry, RelayUrl) = (node, relay, registry, relayUrl);
    }

    public Uri RpcUrl => _node.RpcUrl;

    public string Registry { get; }

    public Uri RelayUrl { get; }

    public static string RelayAccount => DevAccounts.Get(RelayAccountIndex, HubChainId).Address;

    public static async Task<DevHub> StartAsync(
        DataFolder data, DeploymentRecord member, Uri memberRpc, int rpcPort, int relayPort, IAnsiConsole progress, CancellationToken cancellationToken)
    {
        progress.MarkupLineInterpolated($"Starting the hub chain (state in {data.Combine("hub", "anvil-state.json")})...");
        Directory.CreateDirectory(data.Combine("hub"));
        var node = await DevNode.StartAsync(
            new DevNodeOptions { ChainId = HubChainId, Port = rpcPort, StateFile = data.Combine("hub", "anvil-state.json"), StateInterval = TimeSpan.FromSeconds(10) },
            cancellationToken: cancellationToken).ConfigureAwait(false);
        try
        {
            var registry = await DeployOrResumeAsync(node, data, member, progress, cancellationToken).ConfigureAwait(false);
            var relayUrl = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{relayPort}/"));
            var relay = RelayHost.Build(["--environment", "Development", "--contentRoot", data.Path], RelaySettings(data, node, registry, member, memberRpc));
            relay.Urls.Clear();
            relay.Urls.Add(relayUrl.ToString().TrimEnd('/'));
            await relay.StartAsync(cancellationToken).ConfigureAwait(false);
            return new DevHub(node, relay, registry, relayUrl);
        }
        catch
        {
            await node.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The portal's trust-list entry for this hub (the dev chain stays on the list too: it is read directly while reachable).</summary>
    public Dictionary<string, string?> PortalSettings(DeploymentRecord member) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["Portal:Hubs:0:Key"] = "dev-hub",
        ["Portal:Hubs:0:NameZh"] = "本地枢纽链",
        ["Portal:Hubs:0:NameEn"] = "Local hub chain",
        ["Portal:Hubs:0:RpcUrl"] = RpcUrl.ToString().TrimEnd('/'),
        ["Portal:Hubs:0:RegistryAddress"] = Registry,
        ["Portal:Hubs:0:Relays:0:Url"] = RelayUrl.ToString(),
        ["Portal:Hubs:0:Relays:0:Account"] = RelayAccount,
        ["Portal:Hubs:0:Members:0:NameZh"] = "本地开发链",
        ["Portal:Hubs:0:Members:0:NameEn"] = "Local dev chain",
        ["Portal:Hubs:0:Members:0:ChainId"] = member.ChainId.ToString(CultureInfo.InvariantCulture),
        ["Portal:Hubs:0:Members:0:RegistryAddress"] = member.CredentialRegistry,
    };

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _relay.StopAsync(timeout.Token).ConfigureAwait(false);
        await _relay.DisposeAsync().ConfigureAwait(false);
        await _node.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task<string> DeployOrResumeAsync(DevNode node, DataFolder data, DeploymentRecord member, IAnsiConsole progress, CancellationToken cancellationToken)
    {
        var record = data.Combine("hub", "hub.json");
        var web3 = node.CreateWeb3();
        if (File.Exists(record))
        {
            var saved = JsonDocument.Parse(await File.ReadAllTextAsync(record, cancellationToken).ConfigureAwait(false)).RootElement.GetProperty("registry").GetString()!;
            if (await web3.Eth.GetCode.SendRequestAsync(saved).ConfigureAwait(false) is { Length: > 2 })
            {
                return saved;
            }
        }

        progress.MarkupLine("Deploying the hub's CheckpointRegistry and accrediting the dev relay...");
        var transactions = new TransactionService(web3, node.TransactionOptions);
        var admin = node.Accounts[0];
        var address = await CheckpointRegistryClient.DeployAsync(transactions, admin, admin.Address, cancellationToken).ConfigureAwait(false);
        var hub = new CheckpointRegistryClient(web3, address, transactions);
        var memberRef = new MemberRef((ulong)member.ChainId, member.CredentialRegistry);
        await hub.RegisterMemberAsync(admin, memberRef, (ulong)member.DeploymentBlock, cancellationToken).ConfigureAwait(false);
        await hub.AccreditRelayAsync(admin, memberRef, RelayAccount, cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(record, JsonSerializer.Serialize(new { registry = address }), cancellationToken).ConfigureAwait(false);
        return address;
    }

    private static Dictionary<string, string?> RelaySettings(DataFolder data, DevNode node, string registry, DeploymentRecord member, Uri memberRpc) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["Logging:LogLevel:Default"] = "Warning",
        ["Relay:DatabasePath"] = data.Combine("hub", "relay.db"),
        ["Relay:PollInterval"] = "00:00:02",
        ["Relay:HubRpcUrl"] = node.RpcUrl.ToString().TrimEnd('/'),
        ["Relay:HubRegistry"] = registry,
        ["Relay:PrivateKey"] = DevAccounts.PrivateKeys[RelayAccountIndex],
        ["Relay:ReceiptPollingInterval"] = "00:00:00.050",
        ["Relay:Members:0:Key"] = "dev",
        ["Relay:Members:0:ChainId"] = member.ChainId.ToString(CultureInfo.InvariantCulture),
        ["Relay:Members:0:RpcUrl"] = memberRpc.ToString().TrimEnd('/'),
        ["Relay:Members:0:RegistryAddress"] = member.CredentialRegistry,
        ["Relay:Members:0:GovernanceAddress"] = member.IssuerRegistry,
        ["Relay:Members:0:FinalityDepth"] = "0",
    };
}
