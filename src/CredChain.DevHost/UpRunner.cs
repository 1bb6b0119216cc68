using System.CommandLine;
using System.Runtime.InteropServices;
using System.Text.Json;
using CredChain.Cli.Dev;
using CredChain.Cli.Infrastructure;
using CredChain.Cli.Up;
using CredChain.Ethereum.Dev;
using Spectre.Console;

namespace CredChain.DevHost;

/// <summary>
/// <c>credchain up</c>: the whole system on this machine. Dev node (state under the data folder), registries deployed
/// once, the demo issuer accredited, the issuing service and the portal in this process; Ctrl+C stops it all.
/// </summary>
internal static class UpRunner
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(UpCommandLine command, ParseResult parseResult, CancellationToken invocationToken)
    {
        var json = parseResult.GetValue(command.Json);
        var progress = json ? CliConsole.Error(parseResult) : CliConsole.Output(parseResult);
        if (json ? Console.IsErrorRedirected : Console.IsOutputRedirected)
        {
            // Captured into a log: lines stay whole instead of wrapping at 80 columns.
            progress.Profile.Width = 200;
        }

        var data = new DataFolder(parseResult.GetRequiredValue(command.Data).FullName);

        // Ctrl+C / SIGTERM (or the CLI that started this process closing its end) end the wait below; everything started is then stopped in order (no orphan anvil).
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(invocationToken);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop(stop));
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop(stop));
        ParentInput.StopWhenClosed(stop);

        var (issuerPort, portalPort, rpcPort) = ClaimPorts(command, parseResult);
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
            await RunOnChainAsync(command, parseResult, progress, node, data, signingKey, (issuerPort, portalPort), stop.Token).ConfigureAwait(false);
            progress.MarkupLine("Stopping the dev chain (writing its state)...");
        }

        progress.MarkupLine("Stopped.");
        return ExitCodes.Success;
    }

    private static (int Issuer, int Portal, int Rpc) ClaimPorts(UpCommandLine command, ParseResult parseResult)
    {
        var issuerPort = Ports.Claim(parseResult.GetValue(command.IssuerPort), "--issuer-port", "issuing service");
        var portalPort = Ports.Claim(parseResult.GetValue(command.PortalPort), "--portal-port", "portal");
        var rpcPort = Ports.Claim(parseResult.GetValue(command.RpcPort), "--rpc-port", "dev chain");
        if (new[] { issuerPort, portalPort, rpcPort }.Distinct().Count() != 3)
        {
            throw new CliException("--issuer-port, --portal-port and --rpc-port must differ.");
        }

        return (issuerPort, portalPort, rpcPort);
    }

    /// <summary>On the running dev node: contracts, the optional hub, both services; waits for Ctrl+C, then stops them in order.</summary>
    private static async Task RunOnChainAsync(
        UpCommandLine command, ParseResult parseResult, IAnsiConsole progress, DevNode node, DataFolder data, System.Security.Cryptography.ECDsa signingKey, (int Issuer, int Portal) ports, CancellationToken stop)
    {
        var contracts = await DevChainSetup.DeployOrResumeAsync(node, data, progress, TimeProvider.System, stop).ConfigureAwait(false);
        await DevDocumentStore.EnsureAsync(node, data, progress, stop).ConfigureAwait(false);
        var issuer = node.Accounts[DemoIssuer.IssuerAccountIndex];
        Environment.SetEnvironmentVariable(DemoIssuer.KeyVariable, DevAccounts.PrivateKeys[DemoIssuer.IssuerAccountIndex]);

        var hub = parseResult.GetValue(command.Hub)
            ? await DevHub.StartAsync(data, contracts, node.RpcUrl, Ports.Claim(0, "--hub", "hub chain"), Ports.Claim(0, "--hub", "relay"), progress, stop).ConfigureAwait(false)
            : null;
        try
        {
            progress.MarkupLine("Starting the issuing service and the portal...");
            var services = await EmbeddedServices.StartAsync(data, node.RpcUrl, contracts, issuer.Address, ports.Issuer, ports.Portal, stop, hub?.PortalSettings(contracts)).ConfigureAwait(false);
            await using (services.ConfigureAwait(false))
            {
                var lifetime = parseResult.GetValue(command.TokenLifetime);
                var time = TimeProvider.System;
                var token = DevTokens.Mint(signingKey, issuer.Address, DevTokens.Roles, lifetime, time);
                var info = new UpInfo(
                    data.Path, services.IssuerUrl, services.PortalUrl, node.RpcUrl, contracts.ChainId, contracts.IssuerRegistry,
                    contracts.CredentialRegistry, issuer.Address, token, time.GetUtcNow().Add(lifetime), DisplayPath(data.ExampleClass),
                    hub?.RpcUrl, hub?.Registry, hub?.RelayUrl);
                await PrintAsync(command, parseResult, info).ConfigureAwait(false);

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

    private static async Task PrintAsync(UpCommandLine command, ParseResult parseResult, UpInfo info)
    {
        if (parseResult.GetValue(command.Json))
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
