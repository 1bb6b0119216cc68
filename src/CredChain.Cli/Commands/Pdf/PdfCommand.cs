using System.CommandLine;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using CredChain.Cli.Infrastructure;
using Spectre.Console;

namespace CredChain.Cli.Commands.Pdf;

/// <summary>
/// <c>credchain pdf</c>: a credential's printable certificate, or every certificate of a batch as one ZIP, from the
/// issuing service (which renders them); the batch download shows its progress.
/// </summary>
internal sealed class PdfCommand : Command
{
    private const string Examples = """

        Examples:
          credchain pdf 01a2226f-39ca-7054-952e-170fcb288822 --service http://127.0.0.1:5070 --out zhang-wei.pdf
          credchain pdf --batch 01a2226f-38ed-7bc3-b76e-3b36989cb9b8 --service http://127.0.0.1:5070 --out class-2026.zip
        """;

    private readonly Argument<Guid?> _credential = new("credential") { Description = "The credential's id (omit with --batch).", Arity = ArgumentArity.ZeroOrOne };

    private readonly Option<Guid?> _batch = new("--batch") { Description = "A batch id: write all its certificates as one ZIP." };

    private readonly Option<Uri> _service = new("--service")
    {
        Description = "Base URL of the issuing service.",
        Required = true,
        CustomParser = UriOptionParser.Parse!,
    };

    private readonly Option<string> _token = new("--token") { Description = "Bearer token with the auditor or registrar role (default: CREDCHAIN_TOKEN); a registrar's batch ZIP also holds delivery.csv." };

    private readonly Option<FileInfo> _out = new("--out") { Description = "Output file (.pdf for one credential, .zip for a batch).", Required = true };

    public PdfCommand()
        : base("pdf", "Download a credential's printable certificate (bilingual PDF with its QR code), or a whole batch's as one ZIP." + Examples)
    {
        Arguments.Add(_credential);
        Options.Add(_batch);
        Options.Add(_service);
        Options.Add(_token);
        Options.Add(_out);
        Validators.Add(result =>
        {
            if ((result.GetValue(_credential) is null) == (result.GetValue(_batch) is null))
            {
                result.AddError("Name either a credential id or --batch <id>.");
            }
        });
        SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(parseResult, () => ExecuteAsync(parseResult, cancellationToken)));
    }

    private async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var token = parseResult.GetValue(_token) ?? Environment.GetEnvironmentVariable("CREDCHAIN_TOKEN");
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new CliException("no bearer token: pass --token or set CREDCHAIN_TOKEN (`credchain up` prints one; `credchain token` mints one).");
        }

        var output = parseResult.GetRequiredValue(_out);
        using var http = new HttpClient { BaseAddress = parseResult.GetRequiredValue(_service), Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Trim());
        var batch = parseResult.GetValue(_batch);
        var path = batch is { } b ? $"/api/v1/batches/{b}/pdf" : $"/api/v1/credentials/{parseResult.GetValue(_credential)}/pdf";
        using var response = await SendAsync(http, path, cancellationToken).ConfigureAwait(false);
        var expected = response.Headers.TryGetValues("X-Certificate-Count", out var values) ? values.FirstOrDefault() : null;
        var partial = output.FullName + ".partial";
        await CliConsole.Error(parseResult).Progress().AutoClear(false).Columns(new TaskDescriptionColumn(), new DownloadedColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(expected is null ? "Certificate" : $"Certificates ({expected})", maxValue: response.Content.Headers.ContentLength ?? double.MaxValue);
                using var source = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                using var target = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
                var buffer = new byte[64 * 1024];
                int read;
                while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                    task.Increment(read);
                }

                task.StopTask();
            }).ConfigureAwait(false);
        File.Move(partial, output.FullName, overwrite: true);

        var summary = batch is null
            ? $"Wrote {output.FullName} ({output.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes)."
            : $"Wrote {output.FullName}: {CountEntries(output.FullName)} certificate(s) of batch {batch}{DeliveryNote(output.FullName)}.";
        await parseResult.InvocationConfiguration.Output.WriteLineAsync(summary.AsMemory(), cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>The certificates in the ZIP (its <c>delivery.csv</c>, given to a registrar, is not one).</summary>
    private static int CountEntries(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        return archive.Entries.Count(e => e.Name.EndsWith(".pdf", StringComparison.Ordinal));
    }

    private static string DeliveryNote(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        return archive.GetEntry("delivery.csv") is null
            ? ""
            : ", and delivery.csv with each graduate's withdrawal code: send it with their credential file, never print it";
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, string path, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new CliException($"cannot reach the issuing service at {http.BaseAddress}: {ex.Message}", ex);
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            response.Dispose();
            throw new CliException($"the issuing service answered {ProblemText.Describe(body, response.StatusCode)}");
        }

        return response;
    }
}
