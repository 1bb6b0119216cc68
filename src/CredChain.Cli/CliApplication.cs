using System.CommandLine;
using System.CommandLine.Invocation;
using CredChain.Cli.Infrastructure;

namespace CredChain.Cli;

/// <summary>Parses and runs one command line; the only place that decides the process exit code for parse errors.</summary>
internal static class CliApplication
{
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args,
        InvocationConfiguration configuration,
        CancellationToken cancellationToken = default)
    {
        var parseResult = CommandTree.Build().Parse(args);
        var exitCode = await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);

        // System.CommandLine reports parse and validation errors with 1; keep 1 for "could not do it"
        // and give a wrong command line its own code so scripts can tell the two apart.
        return parseResult.Action is ParseErrorAction ? ExitCodes.UsageError : exitCode;
    }
}
