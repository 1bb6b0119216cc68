using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CredChain.Issuer.Storage;

/// <summary>Multi-row INSERT statements (a prepared full-size one, reused) on the context's connection and transaction.</summary>
internal sealed class SqliteCredentialBulkWriter : ICredentialBulkWriter
{
    internal const int RowsPerStatement = 200;

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
        private SqliteCommand? _full;

        public async Task WriteAsync(IReadOnlyList<CredentialRecord> records, CancellationToken cancellationToken)
        {
            var offset = 0;
            while (records.Count - offset >= RowsPerStatement)
            {
                _full ??= CreateCommand(RowsPerStatement);
                Bind(_full, records, offset, RowsPerStatement);
                await _full.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                offset += RowsPerStatement;
            }

            if (offset < records.Count)
            {
                var rest = records.Count - offset;
                using var command = CreateCommand(rest);
                Bind(command, records, offset, rest);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        public Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public ValueTask DisposeAsync()
        {
            _full?.Dispose();
            return ValueTask.CompletedTask;
        }

        private SqliteCommand CreateCommand(int rows)
        {
            var columns = CredentialColumns.Names;
            var sql = new StringBuilder("INSERT INTO credentials (").AppendJoin(", ", columns).Append(") VALUES ");
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

        private static void Bind(SqliteCommand command, IReadOnlyList<CredentialRecord> records, int offset, int count)
        {
            var p = command.Parameters;
            var width = CredentialColumns.Names.Length;
            for (var r = 0; r < count; r++)
            {
                var record = records[offset + r];
                var i = r * width;
                p[i].Value = record.Id.ToString().ToUpperInvariant();
                p[i + 1].Value = record.IssuerAddress;
                p[i + 2].Value = (int)record.State;
                p[i + 3].Value = record.BatchId is { } batch ? batch.ToString().ToUpperInvariant() : DBNull.Value;
                p[i + 4].Value = record.TargetHash;
                p[i + 5].Value = record.Document;
                p[i + 6].Value = record.AcceptedAtMs;
            }
        }
    }
}
