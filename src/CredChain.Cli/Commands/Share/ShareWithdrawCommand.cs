using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Net;
using System.Text.Json;
using CredChain.Cli.Infrastructure;
using CredChain.Core.Sharing;

namespace CredChain.Cli.Commands.Share;

/// <summary>
/// <c>credchain share withdraw</c>: the graduate withdraws the link their printed certificate's QR code holds. The
/// portal's lookup id is derived here from the printed code (the code itself, the decryption key, never leaves this
/// machine); the withdrawal code the institution delivered with the credential file goes in a header.
/// </summary>
internal sealed class ShareWithdrawCommand : Command
{
    private const string Examples = """

        Example:
          credchain share withdraw --portal http://127.0.0.1:5080 --code 7K3M-Q9XD-2HBT-W4NC --withdrawal-code R8FJ-0YWE-C5PA-M1VS

        Exit codes: 0 withdrawn (also when it already was), 1 refused (wrong withdrawal code, unknown code) or the portal
        unreachable, 2 a code that is not 16 letters and digits.
        """;

    private readonly Option<Uri> _portal = new("--portal")
    {
        Description = "Base URL of the verification portal.",
        Required = true,
        CustomParser = UriOptionParser.Parse!,
    };

    private readonly Option<string> _code = new("--code") { Description = "The 16-character code printed on the certificate (XXXX-XXXX-XXXX-XXXX).", Required = true };

    private readonly Option<string> _withdrawalCode = new("--withdrawal-code")
    {
        Description = "The withdrawal code the institution sent with the credential file (not printed on the certificate).",
        Required = true,
    };

    public ShareWithdrawCommand()
        : base("withdraw", "Withdraw the link a printed certificate's QR code holds: whoever scans it then reads that the graduate withdrew it." + Examples)
    {
        Options.Add(_portal);
        Options.Add(_code);
        Options.Add(_withdrawalCode);
        _code.Validators.Add(Validate);
        _withdrawalCode.Validators.Add(Validate);
        SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(parseResult, () => ExecuteAsync(parseResult, cancellationToken)));
    }

    private static void Validate(OptionResult result)
    {
        if (ShareCode.Normalize(result.GetValueOrDefault<string>()) is null)
        {
            result.AddError($"{result.Option.Name} must be 16 letters and digits, as printed (XXXX-XXXX-XXXX-XXXX).");
        }
    }

    private async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var portal = parseResult.GetRequiredValue(_portal);
        var code = ShareCode.Normalize(parseResult.GetRequiredValue(_code))!;
        var withdrawalCode = ShareCode.Normalize(parseResult.GetRequiredValue(_withdrawalCode))!;
        using var http = new HttpClient { BaseAddress = portal, Timeout = TimeSpan.FromSeconds(100) };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/shares/{ShareCode.DeriveId(code)}/withdraw", UriKind.Relative));
        request.Headers.Add("X-Withdrawal-Code", withdrawalCode);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new CliException($"cannot reach the portal at {portal}: {ex.Message}", ex);
        }

        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new CliException($"the portal answered {ProblemText.Describe(body, response.StatusCode)}");
            }

            using var json = JsonDocument.Parse(body);
            var by = ProblemText.Text(json.RootElement, "withdrawnBy");
            var at = json.RootElement.GetProperty("withdrawnAt").GetDateTimeOffset().ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
            var line = by == "holder"
                ? $"Withdrawn: the link of certificate {ShareCode.Format(code)} now says the graduate withdrew it ({at})."
                : $"Already withdrawn by the issuing institution ({at}): the link of certificate {ShareCode.Format(code)} no longer opens.";
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }
    }
}
