using System.Diagnostics;
using CredChain.Cli.Infrastructure;
using CredChain.Ethereum.Dev;
using Spectre.Console;

namespace CredChain.DevHost;

/// <summary>
/// Makes sure the dev node (anvil, from the repository's npm lockfile) is installed: on a fresh clone
/// <c>contracts/node_modules</c> is missing, and <c>up</c> runs <c>npm ci --prefix contracts</c> itself.
/// </summary>
internal static class Toolchain
{
    public static async Task EnsureDevNodeAsync(IAnsiConsole console, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(DevNodeOptions.AnvilPathVariable)))
        {
            return;
        }

        var repository = FindRepository(AppContext.BaseDirectory) ?? FindRepository(Environment.CurrentDirectory)
            ?? throw new CliException(
                $"cannot find the repository's contracts/package.json above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}, " +
                $"so the dev node cannot be installed. Set {DevNodeOptions.AnvilPathVariable} to an anvil binary, or run from a CredChain checkout.");
        var contracts = Path.Combine(repository, "contracts");
        if (Directory.Exists(Path.Combine(contracts, "node_modules", "@foundry-rs")))
        {
            return;
        }

        console.MarkupLineInterpolated($"[yellow]First run: installing the dev chain toolchain (anvil, solc) with `npm ci --prefix contracts`...[/]");
        var start = new ProcessStartInfo("npm") { UseShellExecute = false, WorkingDirectory = repository };
        foreach (var arg in new[] { "ci", "--prefix", "contracts", "--no-audit", "--no-fund" })
        {
            start.ArgumentList.Add(arg);
        }

        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new CliException($"npm is not installed (or not on PATH), and the dev node needs it once: install Node.js with npm, then run `npm ci --prefix contracts` in {repository}.", ex);
        }

        using (process)
        {
            if (process is null)
            {
                throw new CliException("could not start npm.");
            }

            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            if (process.ExitCode != 0)
            {
                throw new CliException($"`npm ci --prefix contracts` failed with exit code {process.ExitCode} (see its output above).");
            }
        }
    }

    private static string? FindRepository(string from)
    {
        for (var directory = new DirectoryInfo(from); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "contracts", "package.json")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
