using System.CommandLine;
using System.Net.Http.Headers;
using System.Text.Json;
using CredChain.Cli.Infrastructure;
using CredChain.Core.Documents;
using Spectre.Console;

namespace CredChain.Cli.Commands.Issue;

/// <summary>
/// <c>credchain issue</c>: streams a CSV or NDJSON class to the issuing service as one batch, waits until the batch is
/// anchored, then downloads every anchored document into a folder (one <c>&lt;uuid&gt;.json</c> per credential).
/// </summary>
internal sealed class IssueCommand : Command
{
    private const string Examples = """

        CSV: a header row; columns validFrom, validUntil and type (';'-separated) fill the request, every other column is a
        dot path into credentialSubject (name.zh -> {"name":{"zh":...}}); a ':number' or ':boolean' suffix types the cell.
        NDJSON: one {"type":[...],"validFrom":...,"validUntil":...,"credentialSubject":{...}} per line.

        Examples:
          credchain issue data/example-class.csv --service http://127.0.0.1:5070 --token $CREDCHAIN_TOKEN --out ./credentials
          credchain issue class-2026.ndjson --service https://issuer.example.edu.cn --out ./out --json
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Argument<FileInfo> _file = new("file") { Description = "The class: a .csv or .ndjson (.jsonl) file." };

    private readonly Option<Uri> _service = new("--service")
    {
        Description = "Base URL of the issuing service.",
        Required = true,
        CustomParser = UriOptionParser.Parse!,
    };

    private readonly Option<string> _token = new("--token")
    {
        Description = "Bearer token with the registrar role (default: the CREDCHAIN_TOKEN environment variable).",
    };

    private readonly Option<DirectoryInfo> _out = new("--out")
    {
        Description = "Folder to write the anchored documents into (created).",
        Required = true,
    };

    private readonly Option<string> _issuer = new("--issuer")
    {
        Description = "Issuer account to issue for, when the token names several.",
    };

    private readonly Option<TimeSpan> _timeout = new("--timeout")
    {
        Description = "How long to wait for the batch to be anchored.",
        DefaultValueFactory = _ => TimeSpan.FromMinutes(10),
    };

    private readonly Option<bool> _json = new("--json") { Description = "Print a JSON summary (batch, root, transaction, files) instead of text." };

    public IssueCommand()
        : base("issue", "Issue a class from CSV or NDJSON through an issuing service, wait for anchoring, and download every document." + Examples)
    {
        Arguments.Add(_file);
        Options.Add(_service);
        Options.Add(_token);
        Options.Add(_out);
        Options.Add(_issuer);
        Options.Add(_timeout);
        Options.Add(_json);
        SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(parseResult, () => ExecuteAsync(parseResult, cancellationToken)));
    }

    private async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var (file, mediaType, token) = ReadInput(parseResult);
        var json = parseResult.GetValue(_json);
        using var http = new HttpClient { BaseAddress = parseResult.GetRequiredValue(_service), Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var client = new IssuingClient(http);
        var console = json ? CliConsole.Error(parseResult) : CliConsole.Output(parseResult);
        var (upload, batch) = await UploadAndWaitAsync(parseResult, console, client, file, mediaType, cancellationToken).ConfigureAwait(false);
        if (upload.BatchId is null)
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync($"error: {file.Name} was rejected, nothing was issued: {upload.Problem}").ConfigureAwait(false);
            ReportRowErrors(CliConsole.Error(parseResult), upload.Errors);
            return ExitCodes.Failure;
        }

        var output = parseResult.GetRequiredValue(_out);
        var written = await DownloadAsync(client, batch!.Id, output, cancellationToken).ConfigureAwait(false);
        var summary = new IssueSummary(batch.Id, batch.Issuer, batch.CredentialCount, batch.Root, batch.TransactionHash, batch.BlockNumber, output.FullName, written);
        var text = json
            ? JsonSerializer.Serialize(summary, Json)
            : $"""
                Issued {summary.CredentialCount} credential(s) in batch {summary.BatchId} for {summary.Issuer}.
                Anchored root {summary.Root} in block {summary.BlockNumber} (transaction {summary.TransactionHash}).
                Wrote {written} document(s) to {output.FullName}.
                """;
        await parseResult.InvocationConfiguration.Output.WriteLineAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>The class file, the media type its extension names, and the bearer token; a <see cref="CliException"/> otherwise.</summary>
    private (FileInfo File, string MediaType, string Token) ReadInput(ParseResult parseResult)
    {
        var file = parseResult.GetRequiredValue(_file);
        if (!file.Exists)
        {
            throw new CliException($"{file.FullName} does not exist.");
        }

        var mediaType = file.Extension.ToLowerInvariant() switch
        {
            ".csv" => "text/csv",
            ".ndjson" or ".jsonl" => "application/x-ndjson",
            _ => throw new CliException($"{file.Name}: the file must end in .csv, .ndjson or .jsonl (that decides how the service reads it)."),
        };
        var token = parseResult.GetValue(_token) ?? Environment.GetEnvironmentVariable("CREDCHAIN_TOKEN");
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new CliException("no bearer token: pass --token or set CREDCHAIN_TOKEN (`credchain up` prints one; `credchain token` mints one).");
        }

        return (file, mediaType, token.Trim());
    }

    /// <summary>Sends the file with a progress bar of rows sent, then waits (a second bar) until the batch is anchored.</summary>
    private async Task<(IssuingClient.UploadResult Upload, IssuingClient.BatchStatus? Batch)> UploadAndWaitAsync(
        ParseResult parseResult, IAnsiConsole console, IssuingClient client, FileInfo file, string mediaType, CancellationToken cancellationToken)
    {
        var totalLines = await CountLinesAsync(file, cancellationToken).ConfigureAwait(false);
        var rows = mediaType == "text/csv" ? Math.Max(0, totalLines - 1) : totalLines;
        IssuingClient.UploadResult upload = null!;
        IssuingClient.BatchStatus? batch = null;
        await console.Progress().AutoClear(false).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var sending = progress.AddTask($"Rows sent (of {rows})", maxValue: Math.Max(1, totalLines));
                var anchoring = progress.AddTask("Batch anchored", autoStart: false, maxValue: 1);
                var body = new CountingStream(new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true));
                using var ticker = new CancellationTokenSource();
                var ticking = TickAsync(() => sending.Value = body.LinesRead, ticker.Token);
                try
                {
                    upload = await client.UploadAsync(body, mediaType, parseResult.GetValue(_issuer), cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    await ticker.CancelAsync().ConfigureAwait(false);
                    await ticking.ConfigureAwait(false);
                    await body.DisposeAsync().ConfigureAwait(false);
                }

                sending.Value = sending.MaxValue;
                sending.StopTask();
                if (upload.BatchId is { } id)
                {
                    anchoring.StartTask();
                    batch = await WaitAnchoredAsync(client, id, parseResult.GetValue(_timeout), cancellationToken).ConfigureAwait(false);
                    anchoring.Value = 1;
                    anchoring.StopTask();
                }
            }).ConfigureAwait(false);
        return (upload, batch);
    }

    /// <summary>Writes every anchored document of the batch as <c>&lt;uuid&gt;.json</c> into the folder (created); returns how many.</summary>
    private static async Task<int> DownloadAsync(IssuingClient client, Guid batchId, DirectoryInfo output, CancellationToken cancellationToken)
    {
        output.Create();
        var written = 0;
        await foreach (var line in client.GetDocumentsAsync(batchId, cancellationToken).ConfigureAwait(false))
        {
            var document = CredentialDocument.Parse(System.Text.Encoding.UTF8.GetBytes(line));
            await File.WriteAllBytesAsync(Path.Combine(output.FullName, $"{document.Credential.Uuid}.json"), document.ToUtf8Bytes(indented: true), cancellationToken).ConfigureAwait(false);
            written++;
        }

        return written;
    }

    private static async Task<IssuingClient.BatchStatus> WaitAnchoredAsync(IssuingClient client, Guid id, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        IssuingClient.BatchStatus? last = null;
        try
        {
            while (true)
            {
                last = await client.GetBatchAsync(id, deadline.Token).ConfigureAwait(false);
                if (last.State == "anchored")
                {
                    return last;
                }

                if (last is { State: "failed", Failure: { } failure })
                {
                    throw new CliException(
                        $"batch {id} failed: {failure.Code}{(failure.Error is { } name ? $" ({name})" : "")}: {failure.Message} " +
                        $"Its credentials are stored; once the cause is fixed, an operator retries it: POST /api/v1/batches/{id}/retry.");
                }

                await Task.Delay(TimeSpan.FromMilliseconds(300), deadline.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CliException(
                $"batch {id} was accepted but is still {last?.State ?? "unknown"} after {timeout}{(last?.LastError is { } error ? $" (last error: {error})" : "")}. " +
                "It is stored: the service keeps anchoring it; run the command again later with a longer --timeout, or GET /api/v1/batches/" + id + ".");
        }
    }

    private static void ReportRowErrors(IAnsiConsole error, IReadOnlyList<IssuingClient.RowError> errors)
    {
        if (errors.Count == 0)
        {
            return;
        }

        var table = new Table().AddColumns("Row", "Field", "Code", "Problem");
        foreach (var row in errors)
        {
            table.AddRow(row.Row.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(row.Field ?? ""), Markup.Escape(row.Code), Markup.Escape(row.Message));
        }

        error.Profile.Width = Math.Max(error.Profile.Width, 160);
        error.Write(table);
    }

    private static async Task<long> CountLinesAsync(FileInfo file, CancellationToken cancellationToken)
    {
        var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        await using var _ = stream.ConfigureAwait(false);
        var buffer = new byte[64 * 1024];
        long lines = 0;
        long last = '\n';
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            last = buffer[read - 1];
        }

        return last == '\n' ? lines : lines + 1;
    }

    private static async Task TickAsync(Action update, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            update();
            await Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None).ConfigureAwait(false);
        }
    }
}
