using Npgsql;

namespace CredChain.Bench.Scale;

/// <summary>A throw-away PostgreSQL database for one run, on the server the given connection string names.</summary>
internal static class ScaleDatabase
{
    public static async Task<string> CreateAsync(string server)
    {
        var name = $"credchain_scale_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public static async Task DropAsync(string database)
    {
        var builder = new NpgsqlConnectionStringBuilder(database);
        var name = builder.Database;
        builder.Database = "postgres";
        builder.Pooling = false;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
