using System.Diagnostics;
using CredChain.Cli.Tests.Support;

namespace CredChain.Cli.Tests.Commands.Network;

/// <summary>The real <c>credchain</c> executable: exit codes and streams as a shell script sees them.</summary>
public sealed class NetworkInitProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Process_GoodThenRepeatedThenBadInput_ExitsZeroOneTwo()
    {
        var output = _temp.Combine("besu");
        string[] good = ["network", "init", "--chain-id", "20250", "--out", output, "--deployer", DevAccounts.Account0, "--example"];

        var created = await RunAsync(good);
        var repeated = await RunAsync(good);
        var bad = await RunAsync(["network", "init", "--chain-id", "20250", "--out", output, "--deployer", DevAccounts.Account0, "--validators", "0"]);

        Assert.Equal(0, created.ExitCode);
        Assert.Contains("validator4", created.Output, StringComparison.Ordinal);
        Assert.Equal(1, repeated.ExitCode);
        Assert.StartsWith($"error: {output} already holds node keys", repeated.Error, StringComparison.Ordinal);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--validators must be a whole number from 1 to 64, not '0'.", bad.Error, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "credchain.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await error);
    }
}
