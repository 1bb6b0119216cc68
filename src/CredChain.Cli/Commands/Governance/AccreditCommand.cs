using System.CommandLine;
using System.Globalization;
using CredChain.Cli.Infrastructure;
using CredChain.Core.Verification;

namespace CredChain.Cli.Commands.Governance;

/// <summary><c>credchain accredit</c>: the governor accredits (or renews) an issuer account with its display names, domain and window.</summary>
internal sealed class AccreditCommand : Command
{
    private const string Examples = """

        Examples:
          credchain accredit --rpc http://127.0.0.1:8545 --contracts data/contracts.json --key-env GOVERNOR_KEY \
            --issuer 0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC --name-zh 示范学院 --name-en "Demo College" --domain college.example.edu.cn \
            --valid-from 2026-09-01 --valid-until 2031-08-31
          credchain accredit --rpc-url http://rpcnode1:8545 --contracts-env /run/credchain/contracts.env --keystore deployer.json \
            --password-env DEPLOYER_KEYSTORE_PASSWORD --issuer 0x... --name-zh ... --name-en ... --domain ...
        """;

    private readonly GovernanceTarget _target = new();
    private readonly Option<string> _nameZh = new("--name-zh") { Description = "Chinese display name.", Required = true };
    private readonly Option<string> _nameEn = new("--name-en") { Description = "English display name.", Required = true };
    private readonly Option<string> _domain = new("--domain") { Description = "Internet domain the issuer is known by.", Required = true };

    private readonly Option<DateTimeOffset?> _validFrom = new("--valid-from")
    {
        Description = "Start of the accreditation (ISO 8601 date or time, UTC if no offset; default: now).",
        CustomParser = ParseInstant,
    };

    private readonly Option<DateTimeOffset?> _validUntil = new("--valid-until")
    {
        Description = "End of the accreditation, inclusive (default: open-ended).",
        CustomParser = ParseInstant,
    };

    public AccreditCommand()
        : base("accredit", "Accredit an issuer account (governor only), or renew it with a new profile and window." + Examples)
    {
        _target.AddTo(this);
        Options.Add(_nameZh);
        Options.Add(_nameEn);
        Options.Add(_domain);
        Options.Add(_validFrom);
        Options.Add(_validUntil);
        SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(parseResult, () => ExecuteAsync(parseResult, cancellationToken)));
    }

    private async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var (registry, governor, _) = await _target.OpenAsync(parseResult, cancellationToken).ConfigureAwait(false);
        var issuer = _target.Issuer(parseResult);
        var profile = new IssuerProfile(parseResult.GetRequiredValue(_nameZh), parseResult.GetRequiredValue(_nameEn), parseResult.GetRequiredValue(_domain));
        var validFrom = parseResult.GetValue(_validFrom) ?? TimeProvider.System.GetUtcNow();
        var validUntil = parseResult.GetValue(_validUntil);
        var receipt = await registry.AccreditAsync(governor, issuer, profile, validFrom, validUntil, cancellationToken).ConfigureAwait(false);
        await parseResult.InvocationConfiguration.Output.WriteLineAsync(
            $"Accredited {issuer} as {profile.NameZh} / {profile.NameEn} ({profile.Domain}) from {validFrom:yyyy-MM-dd HH:mm:ss} UTC " +
            $"{(validUntil is { } until ? $"until {until:yyyy-MM-dd HH:mm:ss} UTC" : "with no end")}; block {receipt.BlockNumber.Value}, transaction {receipt.TransactionHash}.").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>Parses an ISO 8601 date or date-time option (UTC when it has no offset); shared by the governance commands.</summary>
    internal static DateTimeOffset? ParseInstant(System.CommandLine.Parsing.ArgumentResult result)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (DateTimeOffset.TryParse(token, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            return value;
        }

        var name = result.Parent is System.CommandLine.Parsing.OptionResult option ? option.Option.Name : "date";
        result.AddError($"{name} must be an ISO 8601 date or date-time (e.g. 2026-09-01 or 2026-09-01T00:00:00Z), not '{token}'.");
        return null;
    }
}
