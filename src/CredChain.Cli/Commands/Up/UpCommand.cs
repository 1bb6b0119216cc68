using System.CommandLine;
using CredChain.Cli.Up;

namespace CredChain.Cli.Commands.Up;

/// <summary>
/// <c>credchain up</c>: the whole system on this machine. The CLI parses the command line (help and usage errors are
/// its own) and runs the dev host with it; the dev chain, the issuing service and the portal live in that process.
/// </summary>
internal static class UpCommand
{
    public static Command Create() => new UpCommandLine((_, parseResult, cancellationToken) => DevHostProcess.RunAsync(parseResult, cancellationToken));
}
