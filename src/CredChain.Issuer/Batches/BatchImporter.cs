using System.IO.Pipelines;
using System.Text.Json;
using CredChain.Issuer.Accounts;
using CredChain.Issuer.Credentials;
using CredChain.Issuer.Import;
using CredChain.Issuer.Storage;
using Microsoft.Extensions.Options;

namespace CredChain.Issuer.Batches;

/// <summary>
/// Streams an upload into one batch inside one transaction: lines are split off as they arrive, parsed and hashed in
/// parallel chunks, checked in row order and bulk-inserted; any invalid row rolls everything back, so an upload is
/// accepted whole or not at all.
/// </summary>
internal sealed partial class BatchImporter(
    ICredentialBulkWriter bulkWriter,
    CredentialBuilder builder,
    IOptions<UploadOptions> options,
    TimeProvider timeProvider,
    SqliteWalCheckpointer checkpointer,
    ILogger<BatchImporter> logger)
{
    private const int ChunkSize = 2048;

    // Rows are built in groups the factory issues together (their last hashes four at a time).
    private const int Group = Core.Issuing.CredentialFactory.MaxGroup;

    // One chunk is parsed and hashed while the one before it is written, and the next one is read meanwhile.
    private const int ChunksInFlight = 2;

    public async Task<UploadOutcome> ImportAsync(IssuerDbContext db, Stream body, UploadFormat format, IssuerAccount account, Guid batchId, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var checks = new UploadChecks(limits.MaxErrors);
        var templates = new TemplateSet();
        int accepted;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using (var sink = await bulkWriter.OpenAsync(db, cancellationToken))
        {
            var rows = format == UploadFormat.Ndjson
                ? NdjsonReader.ReadAsync(PipeReader.Create(body, new StreamPipeReaderOptions(bufferSize: 64 * 1024)), limits.MaxRowBytes, cancellationToken)
                : ParsedAsync(CsvReader.ReadAsync(body, limits.MaxRowBytes, cancellationToken));
            var pipeline = new ChunkPipeline((chunk, previous) => FlushAsync(chunk, previous, sink, new RowContext(account, batchId, templates), checks.Accept, cancellationToken), ChunksInFlight);
            (accepted, var tooMany) = await StreamAsync(rows, pipeline, limits.MaxRows, cancellationToken);
            if (tooMany > 0)
            {
                checks.Add(new RowError(tooMany, RowErrorCodes.TooManyRows, $"An upload may hold at most {limits.MaxRows} credentials."));
            }

            if (checks.TotalErrors == 0 && accepted == 0)
            {
                checks.Add(new RowError(1, RowErrorCodes.EmptyUpload, "The upload holds no credential."));
            }

            if (checks.TotalErrors > 0)
            {
                LogRejected(logger, batchId, checks.TotalErrors);
                return new UploadOutcome(0, checks.Errors, checks.TotalErrors);
            }

            await sink.CompleteAsync(cancellationToken);
        }

        db.DocumentTemplates.AddRange(templates.Records(batchId));
        db.Batches.Add(new BatchRecord
        {
            Id = batchId,
            IssuerAddress = account.Address,
            State = BatchState.Pending,
            FromUpload = true,
            CredentialCount = accepted,
            CreatedAtMs = timeProvider.GetUtcNow().ToUnixTimeMilliseconds(),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // The rows are durable (the log is fsynced); copying them into the database file is the checkpointer's job.
        checkpointer.Request();
        LogAccepted(logger, batchId, accepted, account.Address);
        return new UploadOutcome(accepted, [], 0);
    }

    /// <summary>
    /// Reads the rows into chunks of <see cref="ChunkSize"/> and hands each to the pipeline; returns how many
    /// credentials were written and the first row past <paramref name="maxRows"/> (0 when none).
    /// </summary>
    private static async Task<(int Written, int TooMany)> StreamAsync(IAsyncEnumerable<UploadRow> rows, ChunkPipeline pipeline, int maxRows, CancellationToken cancellationToken)
    {
        var chunk = new List<UploadRow>(ChunkSize);
        var queued = 0;
        var tooMany = 0;
        try
        {
            await foreach (var row in rows)
            {
                if (queued >= maxRows)
                {
                    tooMany = row.Row;
                    break;
                }

                chunk.Add(row);
                queued++;
                if (chunk.Count == ChunkSize)
                {
                    await pipeline.AddAsync(chunk, cancellationToken);
                    chunk = new List<UploadRow>(ChunkSize);
                }
            }
        }
        finally
        {
            await pipeline.SettleAsync();
        }

        return (await pipeline.CompleteAsync(chunk), tooMany);
    }

    private static async IAsyncEnumerable<UploadRow> ParsedAsync(IAsyncEnumerable<ParsedRow> rows)
    {
        await foreach (var row in rows)
        {
            yield return UploadRow.Of(row);
        }
    }

    /// <summary>
    /// Parses and hashes the chunk on all cores; then, once <paramref name="previous"/> (the chunk before) is done,
    /// checks its rows in order (errors, duplicate subject ids) and writes it only while the upload is still
    /// error-free (later rows are only validated). Returns the number of credentials written.
    /// </summary>
    private async Task<int> FlushAsync(
        List<UploadRow> chunk, Task previous, ICredentialBulkSink sink, RowContext context, Func<BuiltRow, bool> addChecked, CancellationToken cancellationToken)
    {
        var built = new BuiltRow[chunk.Count];
        Parallel.For(0, (chunk.Count + Group - 1) / Group, new ParallelOptions { CancellationToken = cancellationToken }, g =>
            ParseAndBuild(chunk, g * Group, Math.Min(Group, chunk.Count - (g * Group)), context, built));
        chunk.Clear();

        // One chunk at a time from here, in row order; a failed chunk before this one fails this one too.
        await previous;
        var records = new List<CredentialRecord>(built.Length);
        foreach (var row in built)
        {
            if (addChecked(row))
            {
                records.Add(row.Record!);
            }
        }

        // Once any row is bad nothing more is written: the transaction will be rolled back anyway.
        if (records.Count == built.Length)
        {
            await sink.WriteAsync(records, cancellationToken);
        }

        return records.Count;
    }

    /// <summary>
    /// Parses the rows <c>chunk[start..start + count]</c> if they are not yet, and builds the credentials of the valid
    /// ones together (see <see cref="CredentialBuilder.BuildUploadGroup"/>), into <c>built</c> at the same indexes.
    /// </summary>
    private void ParseAndBuild(List<UploadRow> chunk, int start, int count, RowContext context, BuiltRow[] built)
    {
        var documents = new JsonDocument?[count];
        try
        {
            var parsedRows = new ParsedRow[count];
            var requests = new IssuanceRequest[count];
            var rows = new int[count];
            var indexes = new int[count];
            var valid = 0;
            for (var i = 0; i < count; i++)
            {
                var row = chunk[start + i];
                var parsed = parsedRows[i] = row.Parsed ?? NdjsonReader.ParseLine(row.Json, row.Row, out documents[i]);
                if (parsed.Request is not { } request)
                {
                    built[start + i] = new BuiltRow(row.Row, parsed.Errors, null, null);
                    continue;
                }

                (requests[valid], rows[valid], indexes[valid]) = (request, row.Row, i);
                valid++;
            }

            var results = new (CredentialRecord? Record, RowError? Error)[valid];
            builder.BuildUploadGroup(requests.AsSpan(0, valid), rows.AsSpan(0, valid), context.Account, context.BatchId, context.Templates, results);
            for (var v = 0; v < valid; v++)
            {
                var i = indexes[v];
                var parsed = parsedRows[i];
                built[start + i] = results[v].Record is { } record
                    ? new BuiltRow(rows[v], parsed.Errors, requests[v].SubjectId, record)
                    : new BuiltRow(rows[v], [.. parsed.Errors, results[v].Error!], null, null);
            }
        }
        finally
        {
            // The requests' subjects point into the parsed lines: they are not used past this point.
            foreach (var document in documents)
            {
                document?.Dispose();
            }
        }
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Upload {BatchId} accepted: {Count} credentials for {Issuer}")]
    private static partial void LogAccepted(ILogger logger, Guid batchId, int count, string issuer);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Information, Message = "Upload {BatchId} rejected with {ErrorCount} row errors; nothing stored")]
    private static partial void LogRejected(ILogger logger, Guid batchId, int errorCount);
}
