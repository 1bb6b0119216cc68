using System.CommandLine;
using System.Text.Json;
using CredChain.Cli.Besu;
using CredChain.Cli.Commands.Network;
using CredChain.Cli.Infrastructure;
using CredChain.Core.Intake;
using CredChain.Ethereum.Transactions;
using Spectre.Console;

namespace CredChain.Cli.Commands.Verify;

/// <summary><c>credchain verify</c>: a credential file's verdict, from a portal or straight from a node and a trusted registry.</summary>
internal sealed class VerifyCommand : Command
{
    private const string Examples = """

        Not valid covers tampered, revoked, expired, not anchored, unknown network and issuer not accredited.
        Examples:
          credchain verify credentials/01a2....json --portal http://127.0.0.1:5080
          credchain verify credential.json --rpc http://127.0.0.1:8545 --registry 0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512
          credchain verify credential.json --portal https://verify.example.edu.cn --json | jq .status
          credchain verify opencert.json --rpc http://127.0.0.1:8545 --document-store 0x700b6A60ce7EaaEA56F065753d8dcB9653dbAD35
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Argument<FileInfo> _file = new("file") { Description = "The credential document (JSON)." };

    private readonly Option<Uri> _portal = new("--portal")
    {
        Description = "Verify through this portal's API (its trust list decides which networks count).",
        CustomParser = UriOptionParser.Parse,
    };

    private readonly Option<Uri> _rpc = new("--rpc", "--rpc-url")
    {
        Description = "Verify straight against this JSON-RPC node (needs --registry).",
        CustomParser = UriOptionParser.Parse,
    };

    private readonly Option<EthereumAddress?> _registry = new("--registry")
    {
        Description = "The credential registry you trust on that node; credentials anchored elsewhere are reported as an unknown network.",
        CustomParser = result => AddressOptionParser.ParseOne(result),
    };

    private readonly Option<EthereumAddress?> _documentStore = new("--document-store")
    {
        Description = "For an OpenAttestation v2 document: the DocumentStore you trust on that node; any other store is an unknown issuer.",
        CustomParser = result => AddressOptionParser.ParseOne(result),
    };

    private readonly Option<long?> _chainId = new("--chain-id")
    {
        Description = "Chain id the node must report (default: the one the credential names).",
        CustomParser = result => RangeOptionParser.Int64(1, long.MaxValue)(result),
    };

    private readonly Option<int> _maxLogsRange = new("--max-logs-range")
    {
        Description = "Most blocks one eth_getLogs may cover on that node: its Besu rpc-max-logs-range or less (default 1000, Besu's default).",
        DefaultValueFactory = _ => ChainTransactionOptions.DefaultMaxLogsRange,
        CustomParser = RangeOptionParser.Int32(1, 1_000_000),
    };

    private readonly Option<long> _fromBlock = new("--from-block")
    {
        Description = "The registry's deployment block: where the search for another account's anchoring of the root starts (default 0).",
        CustomParser = RangeOptionParser.Int64(0, long.MaxValue),
    };

    private readonly Option<bool> _json = new("--json") { Description = "Print the verdict as JSON." };

    public VerifyCommand()
        : base("verify", "Verify a credential file and print each check. Exit code 0 valid, 1 not valid, 2 could not verify." + Examples)
    {
        Arguments.Add(_file);
        Options.Add(_portal);
        Options.Add(_rpc);
        Options.Add(_registry);
        Options.Add(_documentStore);
        Options.Add(_chainId);
        Options.Add(_maxLogsRange);
        Options.Add(_fromBlock);
        Options.Add(_json);
        Validators.Add(result =>
        {
            var portal = result.GetResult(_portal) is not null;
            var rpc = result.GetResult(_rpc) is not null;
            if (portal == rpc)
            {
                result.AddError("Give either --portal <url>, or --rpc <url> with --registry <address>.");
            }
            else if (rpc && result.GetResult(_registry) is null && result.GetResult(_documentStore) is null)
            {
                result.AddError("--rpc needs --registry: the registry contract you trust on that network (--document-store for an OpenAttestation document).");
            }
        });
        SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(parseResult, () => ExecuteAsync(parseResult, cancellationToken)));
    }

    private async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var file = parseResult.GetRequiredValue(_file);
        if (!file.Exists)
        {
            throw new CliException($"{file.FullName} does not exist.", ExitCodes.CouldNotVerify);
        }

        var document = await File.ReadAllBytesAsync(file.FullName, cancellationToken).ConfigureAwait(false);
        VerifyReport report;
        if (parseResult.GetValue(_portal) is { } portal)
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            report = await PortalVerification.VerifyAsync(http, document, portal, cancellationToken).ConfigureAwait(false);
        }
        else if (DocumentIntake.FormatOf(DocumentIntake.WithoutByteOrderMark(document).Span) == DocumentFormat.OpenAttestation)
        {
            var store = parseResult.GetValue(_documentStore)
                ?? throw new CliException("an OpenAttestation document needs --document-store: the DocumentStore you trust on that network.", ExitCodes.CouldNotVerify);
            report = await OpenAttestationChainVerification.VerifyAsync(
                document, parseResult.GetRequiredValue(_rpc), store.Checksummed, parseResult.GetValue(_chainId), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var registry = parseResult.GetValue(_registry)
                ?? throw new CliException("a CredChain credential needs --registry: the registry contract you trust on that network.", ExitCodes.CouldNotVerify);
            report = await ChainVerification.VerifyAsync(
                document,
                parseResult.GetRequiredValue(_rpc),
                registry.Checksummed,
                parseResult.GetValue(_chainId),
                new ChainReadLimits(parseResult.GetValue(_maxLogsRange), parseResult.GetValue(_fromBlock)),
                cancellationToken).ConfigureAwait(false);
        }

        if (parseResult.GetValue(_json))
        {
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(JsonSerializer.Serialize(report, Json).AsMemory(), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var console = CliConsole.Output(parseResult);
            if (Console.IsOutputRedirected || !ReferenceEquals(parseResult.InvocationConfiguration.Output, Console.Out))
            {
                // Piped or captured: no terminal width to fit, so keep each check on one line.
                console.Profile.Width = 200;
            }

            Write(console, file.Name, report);
        }

        return report.ExitCode;
    }

    private static void Write(IAnsiConsole console, string fileName, VerifyReport report)
    {
        var colour = report.ExitCode switch { ExitCodes.Success => "green", ExitCodes.CouldNotVerify => "yellow", _ => "red" };
        console.MarkupLineInterpolated($"[bold {colour}]{report.Status.ToUpperInvariant()}[/]  {fileName}  (verified by {report.Source})");
        if (report.Format != "credchain-v2")
        {
            console.MarkupLineInterpolated($"Format      {report.Format}");
        }

        if (report.CredentialId is { } id)
        {
            console.MarkupLineInterpolated($"Credential  {id}");
        }

        if (report.Issuer is { } issuer)
        {
            console.MarkupLineInterpolated($"Issuer      {issuer}");
        }

        if (report.AnchoredAt is { } anchoredAt)
        {
            console.MarkupLineInterpolated($"Anchored    {anchoredAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC");
        }

        if (report.AsOfBlock is { } block)
        {
            console.MarkupLineInterpolated($"As of block {block}");
        }

        var table = new Table().AddColumns("Check", "Status", "Reason", "Message");
        foreach (var check in report.Checks)
        {
            table.AddRow(
                Markup.Escape(check.Kind),
                $"[{StatusColour(check.Status)}]{Markup.Escape(check.Status)}[/]",
                Markup.Escape(check.Reason),
                Markup.Escape(check.Message));
        }

        console.Write(table);
    }

    private static string StatusColour(string status) => status switch
    {
        "Valid" => "green",
        "Invalid" => "red",
        "Error" => "yellow",
        _ => "grey",
    };
}
