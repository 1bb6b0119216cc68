using Npgsql;

namespace CredChain.Issuer.Tests.Infrastructure;

/// <summary>
/// A fresh database for one test: a SQLite file (the factory's default), or, for "postgres", a new database on the server
/// named by <see cref="PostgresVariable"/>, dropped afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "CREDCHAIN_TEST_POSTGRES";

    private readonly string? _adminConnectionString;
    private readonly string? _name;

    private TestDatabase(string provider, IReadOnlyDictionary<string, string?> settings, string? adminConnectionString = null, string? name = null)
    {
        Provider = provider;
        Settings = settings;
        _adminConnectionString = adminConnectionString;
        _name = name;
    }

    public string Provider { get; }

    /// <summary>Storage settings for <see cref="IssuerApiFactory"/>.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>Always "sqlite"; "postgres" too when the environment names a server (CI does).</summary>
    public static TheoryData<string> Providers()
    {
        var providers = new TheoryData<string> { "sqlite" };
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgresVariable)))
        {
            providers.Add("postgres");
        }

        return providers;
    }

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        if (provider == "sqlite")
        {
            return new TestDatabase(provider, new Dictionary<string, string?>());
        }

        var admin = Environment.GetEnvironmentVariable(PostgresVariable) ?? throw new InvalidOperationException($"{PostgresVariable} is not set.");
        var name = "credchain_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The name is a generated identifier, not input.
            command.CommandText = $"CREATE DATABASE {name}";
#pragma warning restore CA2100
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false, Timeout = 60, CommandTimeout = 120 };
        return new TestDatabase(provider, new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = builder.ConnectionString,
        }, admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_adminConnectionString is null)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The name is a generated identifier, not input.
        command.CommandText = $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)";
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }
}
