using CredChain.Cli.Infrastructure;
using CredChain.Cli.Tests.Support;
using CredChain.Testing.Polling;

namespace CredChain.Cli.Tests.Commands.Up;

/// <summary>
/// `credchain up` runs the dev host (src/CredChain.DevHost) as a child process: the CLI parses the command line itself,
/// and the dev host never outlives it, even when the CLI is SIGKILLed.
/// </summary>
public sealed class UpDevHostProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Up_CliKilled_DevHostStopsInOrder_NoProcessOfTheRunIsLeftAndNoPortListens()
    {
        var data = _temp.Combine("data");
        await using var up = await UpProcess.StartAsync(data);

        await up.KillCliAsync();

        var left = await Eventually.GetAsync(
            () => Task.FromResult(ProcessesNaming(data)), p => p.Count == 0, $"no process naming {data} (the dev host and its anvil)");
        Assert.Empty(left);
        foreach (var url in new[] { up.Info.RpcUrl, up.Info.IssuerUrl, up.Info.PortalUrl })
        {
            using var client = new System.Net.Sockets.TcpClient();
            await Assert.ThrowsAnyAsync<System.Net.Sockets.SocketException>(() => client.ConnectAsync(url.Host, url.Port));
        }

        // It stopped in order (services, then the chain writing its state), as after Ctrl+C.
        var error = await Eventually.GetAsync(() => Task.FromResult(up.Error), e => e.Contains("Stopped.", StringComparison.Ordinal), "the dev host's last line");
        Assert.Contains("Stopping the issuing service and the portal...", error, StringComparison.Ordinal);
        Assert.Contains("Stopping the dev chain (writing its state)...", error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(data, "chain", "anvil-state.json")));
    }

    [Fact]
    public async Task Up_PortOutOfRange_IsTheCliUsageError_NoDevHostStarts()
    {
        var data = _temp.Combine("range");

        var run = await CliRun.InvokeAsync("up", "--data", data, "--issuer-port", "70000");

        // System.CommandLine's usage error: the message on stderr, the command's help on stdout.
        Assert.Equal(
            (ExitCodes.UsageError, true, true),
            (run.ExitCode, run.Error.Contains("--issuer-port must be a whole number from 0 to 65535, not '70000'.", StringComparison.Ordinal), run.Output.Contains("--rpc-port", StringComparison.Ordinal)));
        Assert.False(Directory.Exists(data));
    }

    [Fact]
    public async Task Up_Help_IsTheCliOwn_ListingEveryOption()
    {
        var run = await CliRun.InvokeAsync("up", "--help");

        Assert.Equal((ExitCodes.Success, ""), (run.ExitCode, run.Error));
        foreach (var option in new[] { "--data", "--issuer-port", "--portal-port", "--rpc-port", "--token-lifetime", "--hub", "--json" })
        {
            Assert.Contains(option, run.Output, StringComparison.Ordinal);
        }
    }

    /// <summary>The command lines (from /proc) of live processes that name <paramref name="path"/>: the dev host, anvil (its state file).</summary>
    private static List<string> ProcessesNaming(string path) =>
        Directory.EnumerateDirectories("/proc")
            .Where(d => int.TryParse(Path.GetFileName(d), out _))
            .Select(ReadCommandLine)
            .Where(line => line.Contains(path, StringComparison.Ordinal))
            .ToList();

    private static string ReadCommandLine(string processDirectory)
    {
        try
        {
            return File.ReadAllText(Path.Combine(processDirectory, "cmdline")).Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }
}
