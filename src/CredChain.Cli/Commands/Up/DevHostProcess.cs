using System.CommandLine;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using CredChain.Cli.Infrastructure;
using CredChain.Cli.Up;

namespace CredChain.Cli.Commands.Up;

/// <summary>
/// Runs the dev host (<c>devhost/CredChain.DevHost.dll</c> beside this program) as a child process with the <c>up</c>
/// tokens as typed. Its console output reaches the user unchanged (the same terminal, or this command's writers when
/// they are not the console); Ctrl+C and SIGTERM close its standard input, which it takes as "stop in order", and its
/// exit code is this command's. If this process dies, the pipe closes all the same, so the dev host never outlives it.
/// </summary>
internal static class DevHostProcess
{
    public const string Folder = "devhost";
    public const string Assembly = "CredChain.DevHost.dll";

    public static async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var configuration = parseResult.InvocationConfiguration;
        var inherit = ReferenceEquals(configuration.Output, Console.Out) && ReferenceEquals(configuration.Error, Console.Error);
        using var process = Start(parseResult, inherit);
        var stopRequested = 0;
        void RequestStop()
        {
            if (Interlocked.Exchange(ref stopRequested, 1) == 0)
            {
                process.StandardInput.Close();
            }
        }

        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Forward(RequestStop));
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Forward(RequestStop));
        using var cancelled = cancellationToken.Register(RequestStop);
        var copies = inherit
            ? Task.CompletedTask
            : Task.WhenAll(CopyAsync(process.StandardOutput, configuration.Output), CopyAsync(process.StandardError, configuration.Error));
        await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        await copies.ConfigureAwait(false);
        return process.ExitCode;
    }

    /// <summary>Where the dev host is: the CLI's build copies it into <c>devhost/</c> beside <c>credchain.dll</c>.</summary>
    public static string Locate(string baseDirectory)
    {
        var path = Path.Combine(baseDirectory, Folder, Assembly);
        return File.Exists(path)
            ? path
            : throw new CliException(
                $"the dev host that `up` runs is missing ({path}). Build the CLI from the repository, which builds and copies it: " +
                "dotnet run --project src/CredChain.Cli -- up");
    }

    private static Process Start(ParseResult parseResult, bool inherit)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = !inherit,
            RedirectStandardError = !inherit,
        };
        if (!inherit)
        {
            start.StandardOutputEncoding = Encoding.UTF8;
            start.StandardErrorEncoding = Encoding.UTF8;
        }

        start.ArgumentList.Add(Locate(AppContext.BaseDirectory));
        foreach (var token in parseResult.Tokens)
        {
            start.ArgumentList.Add(token.Value);
        }

        start.Environment[UpCommandLine.StopOnInputClosedVariable] = "1";
        return Process.Start(start) ?? throw new CliException("could not start the dev host.");
    }

    /// <summary>The <c>dotnet</c> host this process runs on (also when started through the <c>credchain</c> app host).</summary>
    private static string DotnetHost()
    {
        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return self;
        }

        // The runtime lives in <root>/shared/Microsoft.NETCore.App/<version>/; the host is <root>/dotnet.
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var host = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(host) ? host : "dotnet";
    }

    private static Action<PosixSignalContext> Forward(Action requestStop) => context =>
    {
        context.Cancel = true;
        requestStop();
    };

    private static async Task CopyAsync(StreamReader from, TextWriter to)
    {
        var buffer = new char[4096];
        int read;
        while ((read = await from.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            await to.WriteAsync(buffer.AsMemory(0, read)).ConfigureAwait(false);
            await to.FlushAsync().ConfigureAwait(false);
        }
    }
}
