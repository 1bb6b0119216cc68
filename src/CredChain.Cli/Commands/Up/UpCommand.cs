using System.CommandLine;
using System.Runtime.InteropServices;
using System.Text.Json;
using CredChain.Cli.Dev;
using CredChain.Cli.Infrastructure;
using CredChain.Ethereum.Dev;
using Spectre.Console;

namespace CredChain.Cli.Commands.Up;

/// <summary>
/// <c>credchain up</c>: the whole system on this machine. Dev node (state under the data folder), registries deployed
/// once, the demo issuer accredited, the issuing service and the portal in this process; Ctrl+C stops it all.
/// </summary>
internal sealed class UpCommand : Command
{
    private const string Examples = """

        Examples:
          credchain up
          credchain up --data ./data --issuer-port 5070 --portal-port 5080 --rpc-port 8545
          credchain up --data /tmp/cc --issuer-port 0 --portal-port 0 --rpc-port 0 --json   # free ports, one JSON line for scripts
          credchain up --hub          # plus a second dev chain as the national hub and a relay checkpointing this one
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Option<DirectoryInfo> _data = new("--data")
    {
        Description = "Folder for the chain state, deployed addresses, databases and the dev token key (created; reused on the next run).",
        DefaultValueFactory = _ => new DirectoryInfo("data"),
    };

    private readonly Option<int> _issuerPort = Port("--issuer-port", 5070, "issuing service");
    private readonly Option<int> _portalPort = Port("--portal-port", 5080, "portal");
    private readonly Option<int> _rpcPort = Port("--rpc-port", 8545, "dev chain's JSON-RPC");

    private readonly Option<TimeSpan> _tokenLifetime = new("--token-lifetime")
    {
        Description = "Lifetime of the printed dev bearer token (e.g. 12:00:00).",
        DefaultValueFactory = _ => TimeSpan.FromHours(12),
    };

    private readonly Option<bool> _hub = new("--hub")
    {
        Description = "Also start a second dev chain as the national hub (chain id 2026, free port) with a relay that checkpoints this chain on it (docs/hub.md).",
    };

    private readonly Option<bool> _json = new("--json")
    {
        Description = "Print one JSON line (URLs, addresses, token) once running, instead of the banner.",
    };

    public UpCommand()
        : base("up", "Run the whole system locally: dev chain, contracts, demo issuer, issuing service and portal. Ctrl+C stops it." + Examples)
    {
        Options.Add(_data);
        Options.Add(_issuerPort);
        Options.Add(_portalPort);
        Options.Add(_rpcPort);
        Options.Add(_tokenLifetime);
        Options.Add(_hub);
        Options.Add(_json);
        SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(parseResult, () => ExecuteAsync(parseResult, cancellationToken)));
    }

    private static Option<int> Port(string name, int defaultPort, string what) => new(name)
    {
        Description = $"Loopback port of the {what} (0 picks a free one).",
        DefaultValueFactory = _ => defaultPort,
        CustomParser = RangeOptionParser.Int32(0, 65535),
    };

    private async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken invocationToken)
    {
        var json = parseResult.GetValue(_json);
        var progress = json ? CliConsole.Error(parseResult) : CliConsole.Output(parseResult);
        if (json ? Console.IsErrorRedirected : Console.IsOutputRedirected)
        {
            // Captured into a log: lines stay whole instead of wrapping at 80 columns.
            progress.Profile.Width = 200;
        }

        var data = new DataFolder(parseResult.GetRequiredValue(_data).FullName);

        // Ctrl+C / SIGTERM end the wait below; everything started is then stopped in order (no orphan anvil).
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(invocationToken);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop(stop));
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop(stop));

        var (issuerPort, portalPort, rpcPort) = ClaimPorts(parseResult);
        data.Create();
        await Toolchain.EnsureDevNodeAsync(progress, stop.Token).ConfigureAwait(false);
        using var signingKey = DevSigningKey.Load(data.Path, create: true);
        ExampleClass.WriteOnce(data.ExampleClass);

        progress.MarkupLineInterpolated($"Starting the dev chain (state in {data.ChainState})...");
        DevNode node;
        try
        {
            node = await DevNode.StartAsync(
                new DevNodeOptions { Port = rpcPort, StateFile = data.ChainState, StateInterval = TimeSpan.FromSeconds(10) },
                cancellationToken: stop.Token).ConfigureAwait(false);
        }
        catch (DevNodeException ex)
        {
            throw new CliException(ex.Message, ex);
        }

        await using (node.ConfigureAwait(false))
        {
            await RunOnChainAsync(parseResult, progress, node, data, signingKey, (issuerPort, portalPort), stop.Token).ConfigureAwait(false);
            progress.MarkupLine("Stopping the dev chain (writing its state)...");
        }

        progress.MarkupLine("Stopped.");
        return ExitCodes.Success;
    }

    private (int Issuer, int Portal, int Rpc) ClaimPorts(ParseResult parseResult)
    {
        var issuerPort = Ports.Claim(parseResult.GetValue(_issuerPort), "--issuer-port", "issuing service");
        var portalPort = Ports.Claim(parseResult.GetValue(_portalPort), "--portal-port", "portal");
        var rpcPort = Ports.Claim(parseResult.GetValue(_rpcPort), "--rpc-port", "dev chain");
        if (new[] { issuerPort, portalPort, rpcPort }.Distinct().Count() != 3)
        {
            throw new CliException("--issuer-port, --portal-port and --rpc-port must differ.");
        }

        return (issuerPort, portalPort, rpcPort);
    }

    /// <summary>On the running dev node: contracts, the optional hub, both services; waits for Ctrl+C, then stops them in order.</summary>
    private async Task RunOnChainAsync(
        ParseResult parseResult, IAnsiConsole progress, DevNode node, DataFolder data, System.Security.Cryptography.ECDsa signingKey, (int Issuer, int Portal) ports, CancellationToken stop)
    {
        var contracts = await DevChainSetup.DeployOrResumeAsync(node, data, progress, TimeProvider.System, stop).ConfigureAwait(false);
        await DevDocumentStore.EnsureAsync(node, data, progress, stop).ConfigureAwait(false);
        var issuer = node.Accounts[DemoIssuer.IssuerAccountIndex];
        Environment.SetEnvironmentVariable(DemoIssuer.KeyVariable, DevAccounts.PrivateKeys[DemoIssuer.IssuerAccountIndex]);

        var hub = parseResult.GetValue(_hub)
            ? await DevHub.StartAsync(data, contracts, node.RpcUrl, Ports.Claim(0, "--hub", "hub chain"), Ports.Claim(0, "--hub", "relay"), progress, stop).ConfigureAwait(false)
            : null;
        try
        {
            progress.MarkupLine("Starting the issuing service and the portal...");
            var services = await EmbeddedServices.StartAsync(data, node.RpcUrl, contracts, issuer.Address, ports.Issuer, ports.Portal, stop, hub?.PortalSettings(contracts)).ConfigureAwait(false);
            await using (services.ConfigureAwait(false))
            {
                var lifetime = parseResult.GetValue(_tokenLifetime);
                var time = TimeProvider.System;
                var token = DevTokens.Mint(signingKey, issuer.Address, DevTokens.Roles, lifetime, time);
                var info = new UpInfo(
                    data.Path, services.IssuerUrl, services.PortalUrl, node.RpcUrl, contracts.ChainId, contracts.IssuerRegistry,
                    contracts.CredentialRegistry, issuer.Address, token, time.GetUtcNow().Add(lifetime), DisplayPath(data.ExampleClass),
                    hub?.RpcUrl, hub?.Registry, hub?.RelayUrl);
                await PrintAsync(parseResult, info).ConfigureAwait(false);

                using var either = CancellationTokenSource.CreateLinkedTokenSource(stop, services.Stopping);
                await Task.Delay(Timeout.Infinite, either.Token).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
                progress.MarkupLine("Stopping the issuing service and the portal...");
            }
        }
        finally
        {
            if (hub is not null)
            {
                progress.MarkupLine("Stopping the relay and the hub chain...");
                await hub.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task PrintAsync(ParseResult parseResult, UpInfo info)
    {
        if (parseResult.GetValue(_json))
        {
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(JsonSerializer.Serialize(info, Json)).ConfigureAwait(false);
            await parseResult.InvocationConfiguration.Output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        else
        {
            UpBanner.Write(parseResult.InvocationConfiguration.Output, info);
        }
    }

    /// <summary>Relative to the working directory when under it (shorter to paste), absolute otherwise.</summary>
    private static string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }

    private static Action<PosixSignalContext> Stop(CancellationTokenSource stop) => context =>
    {
        context.Cancel = true;
        stop.Cancel();
    };
}
