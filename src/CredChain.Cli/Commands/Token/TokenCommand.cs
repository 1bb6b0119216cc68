using System.CommandLine;
using System.Text.Json;
using CredChain.Cli.Besu;
using CredChain.Cli.Commands.Network;
using CredChain.Cli.Dev;
using CredChain.Cli.Infrastructure;

namespace CredChain.Cli.Commands.Token;

/// <summary><c>credchain token</c>: a dev bearer token for an issuer account and role, signed with the key <c>up</c> created.</summary>
internal sealed class TokenCommand : Command
{
    private const string Examples = """

        Examples:
          credchain token --issuer 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --role registrar
          credchain token --issuer 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --role revoker --role auditor --lifetime 00:30:00
          export CREDCHAIN_TOKEN=$(credchain token --issuer 0x7099...79C8 --role registrar)
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Option<EthereumAddress> _issuer = new("--issuer")
    {
        Description = "Issuer account (0x address) the token acts for.",
        Required = true,
        CustomParser = AddressOptionParser.ParseOne,
    };

    private readonly Option<string[]> _roles = new("--role")
    {
        Description = "registrar (issue), revoker (revoke), auditor (read only) or operator (health details). Repeat for several.",
        Required = true,
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<DirectoryInfo> _data = new("--data")
    {
        Description = "The data folder of `credchain up`, which holds the dev signing key.",
        DefaultValueFactory = _ => new DirectoryInfo("data"),
    };

    private readonly Option<TimeSpan> _lifetime = new("--lifetime")
    {
        Description = "How long the token is valid (e.g. 01:00:00; at most 30 days).",
        DefaultValueFactory = _ => TimeSpan.FromHours(12),
    };

    private readonly Option<bool> _json = new("--json")
    {
        Description = "Print {token, issuer, roles, expires} as JSON instead of the bare token.",
    };

    public TokenCommand()
        : base("token", "Mint a dev bearer token for the issuing service started by `credchain up`." + Examples)
    {
        _roles.AcceptOnlyFromAmong([.. DevTokens.Roles]);
        _lifetime.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<TimeSpan>();
            if (value <= TimeSpan.Zero || value > TimeSpan.FromDays(30))
            {
                result.AddError("--lifetime must be positive and at most 30 days.");
            }
        });
        Options.Add(_issuer);
        Options.Add(_roles);
        Options.Add(_data);
        Options.Add(_lifetime);
        Options.Add(_json);
        SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(parseResult, () => ExecuteAsync(parseResult, cancellationToken)));
    }

    private async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var data = parseResult.GetRequiredValue(_data).FullName;
        using var key = LoadKey(data);
        var issuer = parseResult.GetValue(_issuer).Checksummed;
        var roles = parseResult.GetRequiredValue(_roles);
        var lifetime = parseResult.GetValue(_lifetime);
        var time = TimeProvider.System;
        var token = DevTokens.Mint(key, issuer, roles, lifetime, time);
        var output = parseResult.InvocationConfiguration.Output;
        var text = parseResult.GetValue(_json)
            ? JsonSerializer.Serialize(new { token, issuer, roles = roles.Distinct(StringComparer.Ordinal), expires = time.GetUtcNow().Add(lifetime) }, Json)
            : token;
        await output.WriteLineAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static System.Security.Cryptography.ECDsa LoadKey(string data)
    {
        try
        {
            return DevSigningKey.Load(data, create: false);
        }
        catch (FileNotFoundException ex)
        {
            throw new CliException(ex.Message, ex);
        }
    }
}
