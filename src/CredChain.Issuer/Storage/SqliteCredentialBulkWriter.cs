using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace CredChain.Issuer.Storage;

/// <summary>
/// One prepared single-row INSERT per table, bound by position and stepped once per credential, on the context's
/// connection and inside its transaction.
/// </summary>
/// <remarks>
/// The statements go through SQLitePCL.raw, the native layer under Microsoft.Data.Sqlite, because
/// Microsoft.Data.Sqlite binds every parameter by name, and SQLite finds a name by scanning the statement's parameter
/// list: that costs O(parameters²) per statement, and multi-row INSERTs (the usual way to amortize ADO.NET's
/// per-command overhead) made it dominate. Positional binding into a reused statement has neither cost; the values
/// are bound from stack buffers and the record's arrays (SQLite copies them), so a row allocates nothing. The document is
/// bound as a BLOB, as EF Core writes a byte[] property.
/// </remarks>
internal sealed class SqliteCredentialBulkWriter : ICredentialBulkWriter
{
    public async Task<ICredentialBulkSink> OpenAsync(IssuerDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Bulk writes need an open transaction.");
        }

        var handle = ((SqliteConnection)db.Database.GetDbConnection()).Handle
            ?? throw new InvalidOperationException("The SQLite connection is not open.");
        return new Sink(handle);
    }

    private sealed class Sink : ICredentialBulkSink
    {
        private readonly sqlite3 _db;
        private readonly sqlite3_stmt _credentials;
        private readonly sqlite3_stmt _documents;
        private string? _issuer;
        private byte[] _issuerUtf8 = [];

        public Sink(sqlite3 db)
        {
            _db = db;
            _credentials = Prepare(db, CredentialColumns.CredentialsTable, CredentialColumns.Credentials);
            try
            {
                _documents = Prepare(db, CredentialColumns.DocumentsTable, CredentialColumns.Documents);
            }
            catch
            {
                _credentials.Dispose();
                throw;
            }
        }

        public Task WriteAsync(IReadOnlyList<CredentialRecord> records, CancellationToken cancellationToken)
        {
            for (var i = 0; i < records.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Insert(records[i]);
            }

            return Task.CompletedTask;
        }

        public Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public ValueTask DisposeAsync()
        {
            _credentials.Dispose();
            _documents.Dispose();
            return ValueTask.CompletedTask;
        }

        // Column order as in CredentialColumns; Guids as upper-case text, the representation EF Core's SQLite provider
        // reads and compares.
        private void Insert(CredentialRecord record)
        {
            Span<byte> id = stackalloc byte[36];
            Span<byte> batch = stackalloc byte[36];
            FormatGuid(record.Id, id);

            Check(raw.sqlite3_bind_text(_credentials, 1, id));
            Check(raw.sqlite3_bind_text(_credentials, 2, IssuerUtf8(record.IssuerAddress)));
            Check(raw.sqlite3_bind_int(_credentials, 3, (int)record.State));
            if (record.BatchId is { } batchId)
            {
                FormatGuid(batchId, batch);
                Check(raw.sqlite3_bind_text(_credentials, 4, batch));
            }
            else
            {
                Check(raw.sqlite3_bind_null(_credentials, 4));
            }

            Check(raw.sqlite3_bind_blob(_credentials, 5, record.TargetHash));
            Check(raw.sqlite3_bind_int64(_credentials, 6, record.AcceptedAtMs));
            Step(_credentials);

            Check(raw.sqlite3_bind_text(_documents, 1, id));
            Check(raw.sqlite3_bind_blob(_documents, 2, record.Document));
            if (record.TemplateId is { } templateId)
            {
                FormatGuid(templateId, batch);
                Check(raw.sqlite3_bind_text(_documents, 3, batch));
            }
            else
            {
                Check(raw.sqlite3_bind_null(_documents, 3));
            }

            Step(_documents);
        }

        private byte[] IssuerUtf8(string issuer)
        {
            if (!ReferenceEquals(issuer, _issuer))
            {
                _issuerUtf8 = Encoding.UTF8.GetBytes(issuer);
                _issuer = issuer;
            }

            return _issuerUtf8;
        }

        private void Step(sqlite3_stmt statement)
        {
            var rc = raw.sqlite3_step(statement);
            raw.sqlite3_reset(statement);
            Check(rc);
        }

        // Microsoft.Data.Sqlite's own translation of a result code into SqliteException (message, code, extended code).
        private void Check(int rc) => SqliteException.ThrowExceptionForRC(rc, _db);

        private static void FormatGuid(Guid value, Span<byte> destination)
        {
            value.TryFormat(destination, out _, "D");
            System.Text.Ascii.ToUpperInPlace(destination, out _);
        }

        private static sqlite3_stmt Prepare(sqlite3 db, string table, string[] columns)
        {
            var sql = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "?" + (i + 1)))})";
            var rc = raw.sqlite3_prepare_v2(db, sql, out var statement);
            if (rc != raw.SQLITE_OK)
            {
                using (statement)
                {
                    SqliteException.ThrowExceptionForRC(rc, db);
                }
            }

            return statement;
        }
    }
}
