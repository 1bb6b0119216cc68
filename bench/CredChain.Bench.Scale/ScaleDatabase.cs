using System.Diagnostics;
using Npgsql;

namespace CredChain.Bench.Scale;

/// <summary>A throw-away PostgreSQL database for one run, on the server the given connection string names.</summary>
internal static class ScaleDatabase
{
    /// <summary>How long the drop waits for the stopped service's connections and for autovacuum to leave the database.</summary>
    private static readonly TimeSpan DropPatience = TimeSpan.FromMinutes(2);

    /// <summary>The server's connection string, from the argument or, for the word <c>postgres</c>, from <c>CREDCHAIN_TEST_POSTGRES</c>.</summary>
    public static string? Server(string? argument) => argument switch
    {
        null => null,
        "postgres" => Environment.GetEnvironmentVariable("CREDCHAIN_TEST_POSTGRES") is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException("Set CREDCHAIN_TEST_POSTGRES to the server's connection string, or pass one."),
        _ => argument,
    };

    public static async Task<string> CreateAsync(string server)
    {
        var name = $"credchain_scale_{Guid.NewGuid():N}";
        await using (var connection = await OpenAsync(server, "postgres"))
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return On(server, name);
    }

    /// <summary>The connection string for database <paramref name="name"/> on <paramref name="server"/>.</summary>
    public static string On(string server, string name) => new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;

    /// <summary>A connection outside the pool (so that nothing of the bench's own lingers in a database it drops).</summary>
    public static async Task<NpgsqlConnection> OpenAsync(string connectionString, string? database = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        if (database is not null)
        {
            builder.Database = database;
        }

        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>
    /// Drops the database once the (already stopped) service's connections are gone, and says what it dropped.
    /// <c>DROP DATABASE … WITH (FORCE)</c> is not used: on PostgreSQL 15 it refuses to end an autovacuum worker for a
    /// role without superuser or <c>pg_signal_backend</c>, and right after a bulk load one is usually at work there.
    /// Instead the bench ends only its own role's sessions (which PostgreSQL allows any role) and runs a plain
    /// <c>DROP DATABASE</c>, which asks autovacuum to leave by itself; it retries while the database is still in use.
    /// </summary>
    public static async Task DropAsync(string database)
    {
        var name = new NpgsqlConnectionStringBuilder(database).Database!;
        NpgsqlConnection.ClearAllPools();
        await using var connection = await OpenAsync(database, "postgres");
        var size = await ScalarAsync<long?>(connection, "SELECT pg_database_size(datname) FROM pg_database WHERE datname = @name", name);
        if (size is null)
        {
            Console.WriteLine($"  database {name}: not there, nothing dropped");
            return;
        }

        var clock = Stopwatch.StartNew();
        var terminated = 0;
        while (true)
        {
            // The stopped service's backends end on their own once they notice the closed socket; a statement still
            // running (or a backend left by a killed process) is ended here, as the role that owns it.
            if (clock.Elapsed > TimeSpan.FromSeconds(10))
            {
                terminated += await ScalarAsync<int>(connection, "SELECT count(*)::int FROM pg_stat_activity WHERE datname = @name AND usename = current_user AND pid <> pg_backend_pid() AND pg_terminate_backend(pid)", name);
            }

            try
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\"", connection);
                await drop.ExecuteNonQueryAsync();
                break;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && clock.Elapsed < DropPatience)
            {
                await Task.Delay(1_000);
            }
        }

        Console.WriteLine($"  dropped database {name} ({size.Value / 1048576.0:N0} MiB) after {clock.Elapsed.TotalSeconds:F0} s" +
            (terminated > 0 ? $", ending {terminated} lingering session(s) of the bench's role" : ""));
    }

    public static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, string name)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("name", name);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default! : (T)value;
    }
}
