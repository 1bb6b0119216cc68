using System.CommandLine;
using CredChain.Cli.Besu;
using CredChain.Cli.Commands.Network;
using CredChain.Cli.Infrastructure;

namespace CredChain.Cli.Commands.Governance;

/// <summary>
/// <c>credchain rotate</c>: the governor moves an institution to a new issuer account (after a key is lost or stolen,
/// or on a planned key change). The new account joins the institution with its own window; the old one is suspended.
/// </summary>
internal sealed class RotateCommand : Command
{
    private const string Examples = """

        Examples:
          credchain rotate --rpc http://127.0.0.1:8545 --contracts data/contracts.json --key-env GOVERNOR_KEY \
            --issuer 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --successor 0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65
        """;

    private readonly GovernanceTarget _target = new();

    private readonly Option<EthereumAddress> _successor = new("--successor")
    {
        Description = "The institution's new account (never accredited before).",
        Required = true,
        CustomParser = AddressOptionParser.ParseOne,
    };

    private readonly Option<DateTimeOffset?> _validFrom = new("--valid-from")
    {
        Description = "Start of the new account's accreditation (ISO 8601 date or time, UTC if no offset; default: now).",
        CustomParser = AccreditCommand.ParseInstant,
    };

    private readonly Option<DateTimeOffset?> _validUntil = new("--valid-until")
    {
        Description = "End of the new account's accreditation, inclusive (default: open-ended).",
        CustomParser = AccreditCommand.ParseInstant,
    };

    public RotateCommand()
        : base(
            "rotate",
            "Rotate an institution to a new issuer account (governor only): --successor joins the institution of --issuer, keeping its " +
            "name and history and the right to revoke its earlier credentials; --issuer is suspended." + Examples)
    {
        _target.AddTo(this);
        Options.Add(_successor);
        Options.Add(_validFrom);
        Options.Add(_validUntil);
        SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(parseResult, () => ExecuteAsync(parseResult, cancellationToken)));
    }

    private async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var (registry, governor, _) = await _target.OpenAsync(parseResult, cancellationToken).ConfigureAwait(false);
        var predecessor = _target.Issuer(parseResult);
        var successor = parseResult.GetValue(_successor).Checksummed;
        var validFrom = parseResult.GetValue(_validFrom) ?? TimeProvider.System.GetUtcNow();
        var validUntil = parseResult.GetValue(_validUntil);
        var receipt = await registry.RotateKeyAsync(governor, predecessor, successor, validFrom, validUntil, cancellationToken).ConfigureAwait(false);
        var status = await registry.GetKeyStatusAsync(successor, cancellationToken).ConfigureAwait(false);
        var profile = (await registry.GetIssuerAsync(successor, cancellationToken).ConfigureAwait(false)).Profile;
        await parseResult.InvocationConfiguration.Output.WriteLineAsync(
            $"Rotated institution {status.Institution} ({profile.NameZh} / {profile.NameEn}) from {predecessor} to {successor}, accredited from " +
            $"{validFrom:yyyy-MM-dd HH:mm:ss} UTC {(validUntil is { } until ? $"until {until:yyyy-MM-dd HH:mm:ss} UTC" : "with no end")}; " +
            $"{predecessor} can no longer anchor. Block {receipt.BlockNumber.Value}, transaction {receipt.TransactionHash}.").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
