using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CredChain.Issuer.Storage;

/// <summary>Binary COPY into <c>credentials</c> and <c>credential_documents</c> on the context's connection (inside its transaction), chunk by chunk.</summary>
internal sealed class PostgresCredentialBulkWriter : ICredentialBulkWriter
{
    private static readonly string CopyCredentials =
        $"COPY {CredentialColumns.CredentialsTable} ({string.Join(", ", CredentialColumns.Credentials)}) FROM STDIN (FORMAT BINARY)";

    private static readonly string CopyDocuments =
        $"COPY {CredentialColumns.DocumentsTable} ({string.Join(", ", CredentialColumns.Documents)}) FROM STDIN (FORMAT BINARY)";

    public async Task<ICredentialBulkSink> OpenAsync(IssuerDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Bulk writes need an open transaction.");
        }

        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return new Sink((NpgsqlConnection)db.Database.GetDbConnection());
    }

    // One connection runs one COPY at a time: each chunk copies its credentials, then their documents.
    private sealed class Sink(NpgsqlConnection connection) : ICredentialBulkSink
    {
        public async Task WriteAsync(IReadOnlyList<CredentialRecord> records, CancellationToken cancellationToken)
        {
            var credentials = await connection.BeginBinaryImportAsync(CopyCredentials, cancellationToken).ConfigureAwait(false);
            await using (credentials.ConfigureAwait(false))
            {
                foreach (var record in records)
                {
                    await credentials.StartRowAsync(cancellationToken).ConfigureAwait(false);
                    await credentials.WriteAsync(record.Id, NpgsqlDbType.Uuid, cancellationToken).ConfigureAwait(false);
                    await credentials.WriteAsync(record.IssuerAddress, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
                    await credentials.WriteAsync((int)record.State, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                    if (record.BatchId is { } batch)
                    {
                        await credentials.WriteAsync(batch, NpgsqlDbType.Uuid, cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        await credentials.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                    }

                    await credentials.WriteAsync(record.TargetHash, NpgsqlDbType.Bytea, cancellationToken).ConfigureAwait(false);
                    await credentials.WriteAsync(record.AcceptedAtMs, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                }

                await credentials.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }

            var documents = await connection.BeginBinaryImportAsync(CopyDocuments, cancellationToken).ConfigureAwait(false);
            await using (documents.ConfigureAwait(false))
            {
                foreach (var record in records)
                {
                    await documents.StartRowAsync(cancellationToken).ConfigureAwait(false);
                    await documents.WriteAsync(record.Id, NpgsqlDbType.Uuid, cancellationToken).ConfigureAwait(false);
                    await documents.WriteAsync(record.Document, NpgsqlDbType.Bytea, cancellationToken).ConfigureAwait(false);
                    if (record.TemplateId is { } templateId)
                    {
                        await documents.WriteAsync(templateId, NpgsqlDbType.Uuid, cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        await documents.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                    }
                }

                await documents.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        public Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
