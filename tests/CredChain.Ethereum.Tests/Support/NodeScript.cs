using System.Diagnostics;

namespace CredChain.Ethereum.Tests.Support;

/// <summary>Runs one of the repository's node scripts (<c>contracts/scripts/*.mjs</c>) and collects its output.</summary>
internal static class NodeScript
{
    public static async Task<(int ExitCode, string Log)> RunAsync(string script, params string[] arguments)
    {
        var info = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, "contracts", "scripts", script));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
