using System.CommandLine;
using System.CommandLine.Invocation;
using CredChain.Cli.Infrastructure;
using CredChain.Cli.Up;

namespace CredChain.DevHost;

/// <summary>
/// The dev host's command line: <c>up</c> with the options <c>credchain up</c> takes (the CLI forwards its tokens as
/// they were typed), so <c>dotnet run --project src/CredChain.DevHost -- up</c> is the same thing without the CLI.
/// </summary>
internal static class DevHostApplication
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var root = new RootCommand("CredChain dev host: the system `credchain up` runs on this machine.") { new UpCommandLine(UpRunner.RunAsync) };
        var parseResult = root.Parse(args);
        var exitCode = await parseResult.InvokeAsync(new InvocationConfiguration()).ConfigureAwait(false);

        // As in the CLI: a wrong command line has its own exit code.
        return parseResult.Action is ParseErrorAction ? ExitCodes.UsageError : exitCode;
    }
}
