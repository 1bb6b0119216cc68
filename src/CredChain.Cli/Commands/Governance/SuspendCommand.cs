using System.CommandLine;
using CredChain.Cli.Infrastructure;

namespace CredChain.Cli.Commands.Governance;

/// <summary><c>credchain suspend</c>: the governor suspends an accredited issuer account.</summary>
internal sealed class SuspendCommand : Command
{
    private const string Examples = """

        Examples:
          credchain suspend --rpc http://127.0.0.1:8545 --contracts data/contracts.json --key-env GOVERNOR_KEY --issuer 0x70997970C51812dc3A010C7d01b50e0d17dc79C8
        """;

    private readonly GovernanceTarget _target = new();

    public SuspendCommand()
        : base("suspend", "Suspend an accredited issuer account (governor only): it can no longer anchor until reinstated." + Examples)
    {
        _target.AddTo(this);
        SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(parseResult, () => ExecuteAsync(parseResult, cancellationToken)));
    }

    private async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var (registry, governor, _) = await _target.OpenAsync(parseResult, cancellationToken).ConfigureAwait(false);
        var issuer = _target.Issuer(parseResult);
        var receipt = await registry.SuspendAsync(governor, issuer, cancellationToken).ConfigureAwait(false);
        await parseResult.InvocationConfiguration.Output.WriteLineAsync(
            $"Suspended {issuer}; block {receipt.BlockNumber.Value}, transaction {receipt.TransactionHash}.").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
