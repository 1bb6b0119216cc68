using System.IO.Pipelines;
using CredChain.Issuer.Accounts;
using CredChain.Issuer.Credentials;
using CredChain.Issuer.Import;
using CredChain.Issuer.Storage;
using Microsoft.Extensions.Options;

namespace CredChain.Issuer.Batches;

/// <summary>
/// Streams an upload into one batch inside one transaction: rows are parsed one at a time, hashed in parallel chunks,
/// and bulk-inserted; any invalid row rolls everything back, so an upload is accepted whole or not at all.
/// </summary>
internal sealed partial class BatchImporter(
    ICredentialBulkWriter bulkWriter,
    CredentialBuilder builder,
    IOptions<UploadOptions> options,
    TimeProvider timeProvider,
    ILogger<BatchImporter> logger)
{
    private const int ChunkSize = 2048;

    // One chunk is hashed while the one before it is written, and the next one is read meanwhile.
    private const int ChunksInFlight = 2;

    public async Task<UploadOutcome> ImportAsync(IssuerDbContext db, Stream body, UploadFormat format, IssuerAccount account, Guid batchId, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var errors = new List<RowError>();
        var totalErrors = 0;
        var accepted = 0;
        var queued = 0;
        var subjectIds = new HashSet<string>(StringComparer.Ordinal);
        var chunk = new List<ParsedRow>(ChunkSize);
        var gate = new Lock();
        var inFlight = new Queue<Task<int>>(ChunksInFlight);

        // Called from the reading loop and from the chunk being hashed in the background.
        void AddError(RowError error)
        {
            lock (gate)
            {
                totalErrors++;
                if (errors.Count < limits.MaxErrors)
                {
                    errors.Add(error);
                }
            }
        }

        bool NoErrors()
        {
            lock (gate)
            {
                return totalErrors == 0;
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using (var sink = await bulkWriter.OpenAsync(db, cancellationToken))
        {
            var rows = format == UploadFormat.Ndjson
                ? NdjsonReader.ReadAsync(PipeReader.Create(body, new StreamPipeReaderOptions(bufferSize: 64 * 1024)), limits.MaxRowBytes, cancellationToken)
                : CsvReader.ReadAsync(body, limits.MaxRowBytes, cancellationToken);
            try
            {
                await foreach (var row in rows)
                {
                    if (row.Request is null)
                    {
                        row.Errors.ToList().ForEach(AddError);
                        continue;
                    }

                    if (row.Request.SubjectId is { } subjectId && !subjectIds.Add(subjectId))
                    {
                        AddError(new RowError(row.Row, RowErrorCodes.DuplicateId, "credentialSubject.id appears on an earlier row of this upload.", "credentialSubject.id"));
                        continue;
                    }

                    if (queued >= limits.MaxRows)
                    {
                        AddError(new RowError(row.Row, RowErrorCodes.TooManyRows, $"An upload may hold at most {limits.MaxRows} credentials."));
                        break;
                    }

                    chunk.Add(row);
                    queued++;
                    if (chunk.Count == ChunkSize)
                    {
                        // Hash this chunk while the one before it is written and the next one is read (bounded memory);
                        // each chunk is written after the one before it, so rows are stored in upload order.
                        if (inFlight.Count == ChunksInFlight)
                        {
                            accepted += await inFlight.Dequeue();
                        }

                        var full = chunk;
                        Task previous = inFlight.Count > 0 ? inFlight.Last() : Task.CompletedTask;
                        inFlight.Enqueue(Task.Run(() => FlushAsync(full, previous, sink, account, batchId, NoErrors, AddError, cancellationToken), cancellationToken));
                        chunk = new List<ParsedRow>(ChunkSize);
                    }
                }
            }
            finally
            {
                // Never unwind (and dispose the sink) while a chunk is still writing on the connection.
                await Task.WhenAll(inFlight).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }

            while (inFlight.Count > 0)
            {
                accepted += await inFlight.Dequeue();
            }

            accepted += await FlushAsync(chunk, Task.CompletedTask, sink, account, batchId, NoErrors, AddError, cancellationToken);
            if (totalErrors == 0 && accepted == 0)
            {
                AddError(new RowError(1, RowErrorCodes.EmptyUpload, "The upload holds no credential."));
            }

            if (totalErrors > 0)
            {
                LogRejected(logger, batchId, totalErrors);
                return new UploadOutcome(0, [.. errors.OrderBy(e => e.Row)], totalErrors);
            }

            await sink.CompleteAsync(cancellationToken);
        }

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
        LogAccepted(logger, batchId, accepted, account.Address);
        return new UploadOutcome(accepted, errors, 0);
    }

    /// <summary>
    /// Hashes the chunk on all cores, then, once <paramref name="previous"/> (the chunk before) is written, writes it
    /// only while the upload is still error-free (later rows are only validated).
    /// </summary>
    private async Task<int> FlushAsync(
        List<ParsedRow> chunk, Task previous, ICredentialBulkSink sink, IssuerAccount account, Guid batchId, Func<bool> noErrors, Action<RowError> addError, CancellationToken cancellationToken)
    {
        if (chunk.Count == 0)
        {
            await previous;
            return 0;
        }

        var records = new CredentialRecord?[chunk.Count];
        var rowErrors = new RowError?[chunk.Count];
        Parallel.For(0, chunk.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            records[i] = builder.TryBuild(chunk[i].Request!, account, batchId, chunk[i].Row, out rowErrors[i]));
        chunk.Clear();

        // One write at a time on the connection, in row order; a failed chunk before this one fails this one too.
        // Row errors are reported in chunk order too, as when chunks were hashed one after another.
        await previous;
        foreach (var error in rowErrors)
        {
            if (error is not null)
            {
                addError(error);
            }
        }

        // Once any row is bad nothing more is written: the transaction will be rolled back anyway.
        if (noErrors())
        {
            await sink.WriteAsync(records!, cancellationToken);
        }

        return records.Length;
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Upload {BatchId} accepted: {Count} credentials for {Issuer}")]
    private static partial void LogAccepted(ILogger logger, Guid batchId, int count, string issuer);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Information, Message = "Upload {BatchId} rejected with {ErrorCount} row errors; nothing stored")]
    private static partial void LogRejected(ILogger logger, Guid batchId, int errorCount);
}
