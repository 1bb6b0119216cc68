using System.CommandLine;
using CredChain.Cli.Infrastructure;

namespace CredChain.Cli.Commands.Governance;

/// <summary>
/// <c>credchain declare-compromised</c>: the governor declares an issuer account's key stolen as of an instant. Roots the
/// key anchored from then on verify as <c>issuerKeyCompromised</c>, its revocations from then on are void, and it can
/// neither anchor nor revoke again. Irreversible; a later declaration may only move the instant earlier.
/// </summary>
internal sealed class DeclareCompromisedCommand : Command
{
    private const string Examples = """

        Examples:
          credchain declare-compromised --rpc http://127.0.0.1:8545 --contracts data/contracts.json --key-env GOVERNOR_KEY \
            --issuer 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --since 2026-11-27T18:00:00+08:00
        """;

    private readonly GovernanceTarget _target = new();

    private readonly Option<DateTimeOffset?> _since = new("--since")
    {
        Description = "The earliest instant the key may have been in a thief's hands (ISO 8601, UTC if no offset; not in the future). " +
            "When in doubt, earlier: legitimate credentials after it can be issued again, forged ones before it stay valid.",
        Required = true,
        CustomParser = AccreditCommand.ParseInstant,
    };

    public DeclareCompromisedCommand()
        : base(
            "declare-compromised",
            "Declare an issuer account's key compromised as of --since (governor only, irreversible): its roots from then on are void, " +
            "its revocations from then on have no effect, and it can no longer anchor or revoke." + Examples)
    {
        _target.AddTo(this);
        Options.Add(_since);
        SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(parseResult, () => ExecuteAsync(parseResult, cancellationToken)));
    }

    private async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var (registry, governor, _) = await _target.OpenAsync(parseResult, cancellationToken).ConfigureAwait(false);
        var issuer = _target.Issuer(parseResult);
        var since = parseResult.GetValue(_since)!.Value;
        var receipt = await registry.DeclareCompromisedAsync(governor, issuer, since, cancellationToken).ConfigureAwait(false);
        await parseResult.InvocationConfiguration.Output.WriteLineAsync(
            $"Declared the key of {issuer} compromised as of {since.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC: roots it anchored from then on are void, " +
            $"its revocations from then on have no effect, and it can no longer anchor or revoke. Block {receipt.BlockNumber.Value}, transaction {receipt.TransactionHash}.").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
