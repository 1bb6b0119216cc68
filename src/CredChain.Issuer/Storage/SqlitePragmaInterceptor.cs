using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CredChain.Issuer.Storage;

/// <summary>
/// WAL with synchronous=FULL: a transaction is on disk (the WAL fsynced) before its commit returns, so whatever the API
/// acknowledged survives a process kill and an OS crash or power loss alike; readers do not block the writer. The cost is
/// one fsync per commit, and a whole upload is one commit.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
