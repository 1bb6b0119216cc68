using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CredChain.Issuer.Storage;

/// <summary>Binary COPY into <c>credentials</c> on the context's connection (inside its transaction).</summary>
internal sealed class PostgresCredentialBulkWriter : ICredentialBulkWriter
{
    public async Task<ICredentialBulkSink> OpenAsync(IssuerDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Bulk writes need an open transaction.");
        }

        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var copy = $"COPY credentials ({string.Join(", ", CredentialColumns.Names)}) FROM STDIN (FORMAT BINARY)";
        var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken).ConfigureAwait(false);
        return new Sink(importer);
    }

    private sealed class Sink(NpgsqlBinaryImporter importer) : ICredentialBulkSink
    {
        public async Task WriteAsync(IReadOnlyList<CredentialRecord> records, CancellationToken cancellationToken)
        {
            foreach (var record in records)
            {
                await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(record.Id, NpgsqlDbType.Uuid, cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(record.IssuerAddress, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync((int)record.State, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                if (record.BatchId is { } batch)
                {
                    await importer.WriteAsync(batch, NpgsqlDbType.Uuid, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                }

                await importer.WriteAsync(record.TargetHash, NpgsqlDbType.Bytea, cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(record.Document, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(record.AcceptedAtMs, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            }
        }

        public async Task CompleteAsync(CancellationToken cancellationToken) =>
            await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);

        public ValueTask DisposeAsync() => importer.DisposeAsync();
    }
}
