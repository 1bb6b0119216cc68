using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CredChain.Issuer.Storage;

/// <summary>Multi-row INSERT statements (a prepared full-size one, reused) on the context's connection and transaction.</summary>
internal sealed class SqliteCredentialBulkWriter : ICredentialBulkWriter
{
    // Microsoft.Data.Sqlite binds every parameter by name, and SQLite finds a name by a linear scan of the statement's
    // parameters: binding costs O(parameters²) per statement. 32 rows (192 parameters) keep that below the per-statement
    // overhead it amortizes; 200 rows (1,200 parameters) spent more time in strncmp than in SQLite's inserts.
    internal const int RowsPerStatement = 32;

    public async Task<ICredentialBulkSink> OpenAsync(IssuerDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk writes need an open transaction.");
        return new Sink(connection, transaction);
    }

    private sealed class Sink(SqliteConnection connection, SqliteTransaction transaction) : ICredentialBulkSink
    {
        private SqliteCommand? _fullCredentials;
        private SqliteCommand? _fullDocuments;

        public async Task WriteAsync(IReadOnlyList<CredentialRecord> records, CancellationToken cancellationToken)
        {
            var offset = 0;
            while (records.Count - offset >= RowsPerStatement)
            {
                _fullCredentials ??= CreateCommand(CredentialColumns.CredentialsTable, CredentialColumns.Credentials, RowsPerStatement);
                _fullDocuments ??= CreateCommand(CredentialColumns.DocumentsTable, CredentialColumns.Documents, RowsPerStatement);
                await ExecuteAsync(_fullCredentials, _fullDocuments, records, offset, RowsPerStatement, cancellationToken).ConfigureAwait(false);
                offset += RowsPerStatement;
            }

            if (offset < records.Count)
            {
                var rest = records.Count - offset;
                using var credentials = CreateCommand(CredentialColumns.CredentialsTable, CredentialColumns.Credentials, rest);
                using var documents = CreateCommand(CredentialColumns.DocumentsTable, CredentialColumns.Documents, rest);
                await ExecuteAsync(credentials, documents, records, offset, rest, cancellationToken).ConfigureAwait(false);
            }
        }

        public Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public ValueTask DisposeAsync()
        {
            _fullCredentials?.Dispose();
            _fullDocuments?.Dispose();
            return ValueTask.CompletedTask;
        }

        private static async Task ExecuteAsync(
            SqliteCommand credentials, SqliteCommand documents, IReadOnlyList<CredentialRecord> records, int offset, int count, CancellationToken cancellationToken)
        {
            BindCredentials(credentials, records, offset, count);
            await credentials.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            BindDocuments(documents, records, offset, count);
            await documents.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        private SqliteCommand CreateCommand(string table, string[] columns, int rows)
        {
            var sql = new StringBuilder("INSERT INTO ").Append(table).Append(" (").AppendJoin(", ", columns).Append(") VALUES ");
            for (var r = 0; r < rows; r++)
            {
                sql.Append(r == 0 ? "(" : ",(");
                for (var c = 0; c < columns.Length; c++)
                {
                    sql.Append(c == 0 ? "" : ",").Append("$p").Append(r * columns.Length + c);
                }

                sql.Append(')');
            }

            var command = connection.CreateCommand();
            command.Transaction = transaction;
#pragma warning disable CA2100 // Built only from constant column names and parameter placeholders.
            command.CommandText = sql.ToString();
#pragma warning restore CA2100
            for (var i = 0; i < rows * columns.Length; i++)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = "$p" + i });
            }

            return command;
        }

        // Guids as upper-case text: the representation EF Core's SQLite provider reads and compares.
        private static void BindCredentials(SqliteCommand command, IReadOnlyList<CredentialRecord> records, int offset, int count)
        {
            var p = command.Parameters;
            var width = CredentialColumns.Credentials.Length;
            for (var r = 0; r < count; r++)
            {
                var record = records[offset + r];
                var i = r * width;
                p[i].Value = record.Id.ToString().ToUpperInvariant();
                p[i + 1].Value = record.IssuerAddress;
                p[i + 2].Value = (int)record.State;
                p[i + 3].Value = record.BatchId is { } batch ? batch.ToString().ToUpperInvariant() : DBNull.Value;
                p[i + 4].Value = record.TargetHash;
                p[i + 5].Value = record.AcceptedAtMs;
            }
        }

        private static void BindDocuments(SqliteCommand command, IReadOnlyList<CredentialRecord> records, int offset, int count)
        {
            var p = command.Parameters;
            for (var r = 0; r < count; r++)
            {
                var record = records[offset + r];
                p[2 * r].Value = record.Id.ToString().ToUpperInvariant();
                p[(2 * r) + 1].Value = record.Document;
            }
        }
    }
}
