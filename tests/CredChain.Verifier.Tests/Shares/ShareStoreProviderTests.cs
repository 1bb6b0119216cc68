using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using CredChain.Core.Sharing;
using CredChain.Verifier.Shares;
using CredChain.Verifier.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CredChain.Verifier.Tests.Shares;

/// <summary>
/// The share store's life cycle on every provider: SQLite always, PostgreSQL when CREDCHAIN_TEST_POSTGRES names a
/// server (CI does); each PostgreSQL run gets a fresh database, dropped afterwards.
/// </summary>
public sealed class ShareStoreProviderTests
{
    private const string PostgresVariable = "CREDCHAIN_TEST_POSTGRES";

    public static TheoryData<string> Providers()
    {
        var providers = new TheoryData<string> { "Sqlite" };
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgresVariable)))
        {
            providers.Add("Postgres");
        }

        return providers;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Share_IsCreatedReadExpiredPurgedAndDeleted(string provider)
    {
        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        var database = "credchain_verifier_test_" + Guid.NewGuid().ToString("N");
        var settings = new Dictionary<string, string?>();
        if (provider == "Postgres")
        {
            await ExecuteAsync(admin!, $"CREATE DATABASE {database}");
            settings["Shares:Provider"] = "Postgres";
            settings["Shares:ConnectionString"] = new NpgsqlConnectionStringBuilder(admin) { Database = database, Pooling = false }.ConnectionString;
        }

        try
        {
            using var portal = new PortalFactory(settings);
            var client = portal.CreateClient();
            var (kept, expiring) = (CrockfordBase32.Encode(RandomNumberGenerator.GetBytes(16)), CrockfordBase32.Encode(RandomNumberGenerator.GetBytes(16)));
            var ciphertext = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(64));
            var created = await (await client.PostAsJsonAsync("/api/v1/shares", new { id = kept, ciphertext, expiresInDays = 30 })).Content.ReadFromJsonAsync<JsonElement>();
            await client.PostAsJsonAsync("/api/v1/shares", new { id = expiring, ciphertext, expiresInDays = 1 });

            portal.Time.Advance(TimeSpan.FromDays(2));
            using var scope = portal.Services.CreateScope();
            var purged = await scope.ServiceProvider.GetRequiredService<ShareStore>().PurgeAsync(CancellationToken.None);
            var statuses = new[] { (await client.GetAsync($"/api/v1/shares/{kept}")).StatusCode, (await client.GetAsync($"/api/v1/shares/{expiring}")).StatusCode };
            using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/shares/{kept}");
            delete.Headers.Add(SharesApi.DeleteTokenHeader, created.GetProperty("deleteToken").GetString());
            var deleted = (await client.SendAsync(delete)).StatusCode;
            var afterDelete = (await client.GetAsync($"/api/v1/shares/{kept}")).StatusCode;

            Assert.Equal(((1, 0), HttpStatusCode.OK, HttpStatusCode.Gone, HttpStatusCode.NoContent, HttpStatusCode.NotFound), (purged, statuses[0], statuses[1], deleted, afterDelete));
        }
        finally
        {
            if (provider == "Postgres")
            {
                await ExecuteAsync(admin!, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ConcurrentCreates_NeverPassTheLiveShareCap(string provider)
    {
        // Creates take turns in the database, so a cap of 5 admits exactly 5 of 24 simultaneous creates.
        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        var database = "credchain_verifier_test_" + Guid.NewGuid().ToString("N");
        var settings = new Dictionary<string, string?> { ["Shares:MaxLiveShares"] = "5" };
        if (provider == "Postgres")
        {
            await ExecuteAsync(admin!, $"CREATE DATABASE {database}");
            settings["Shares:Provider"] = "Postgres";
            settings["Shares:ConnectionString"] = new NpgsqlConnectionStringBuilder(admin) { Database = database, Pooling = false }.ConnectionString;
        }

        try
        {
            using var portal = new PortalFactory(settings);
            var client = portal.CreateClient();
            var ciphertext = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(64));
            using var start = new SemaphoreSlim(0);
            var creates = Enumerable.Range(0, 24).Select(async _ =>
            {
                await start.WaitAsync();
                return (await client.PostAsJsonAsync("/api/v1/shares", new { id = CrockfordBase32.Encode(RandomNumberGenerator.GetBytes(16)), ciphertext })).StatusCode;
            }).ToList();
            start.Release(creates.Count);
            var statuses = await Task.WhenAll(creates);
            using var scope = portal.Services.CreateScope();
            var stored = await scope.ServiceProvider.GetRequiredService<ShareDbContext>().Shares.CountAsync();

            Assert.Equal(
                (5, 19, 5),
                (statuses.Count(s => s == HttpStatusCode.Created), statuses.Count(s => s == HttpStatusCode.InsufficientStorage), stored));
        }
        finally
        {
            if (provider == "Postgres")
            {
                await ExecuteAsync(admin!, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task StoreCreatedBeforeMigrations_KeepsItsSharesAndIsRecordedAtTheFirstMigration(string provider)
    {
        // Before migrations the portal made its table with EnsureCreated: the first migration's schema, and no migration history.
        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        var database = "credchain_verifier_test_" + Guid.NewGuid().ToString("N");
        var file = Path.Combine(Path.GetTempPath(), "credchain-verifier-tests", Guid.NewGuid().ToString("N") + ".db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var settings = new Dictionary<string, string?> { ["Shares:Provider"] = provider };
        ShareDbContext Legacy(string connectionString) => provider == "Postgres"
            ? new PostgresShareDbContext(new DbContextOptionsBuilder<PostgresShareDbContext>().UseNpgsql(connectionString).Options)
            : new SqliteShareDbContext(new DbContextOptionsBuilder<SqliteShareDbContext>().UseSqlite(connectionString).Options);
        if (provider == "Postgres")
        {
            await ExecuteAsync(admin!, $"CREATE DATABASE {database}");
            settings["Shares:ConnectionString"] = new NpgsqlConnectionStringBuilder(admin) { Database = database, Pooling = false }.ConnectionString;
        }
        else
        {
            settings["Shares:ConnectionString"] = $"Data Source={file};Pooling=false";
        }

        try
        {
            var id = CrockfordBase32.Encode(RandomNumberGenerator.GetBytes(16));
            var ciphertext = RandomNumberGenerator.GetBytes(64);
            await using (var legacy = Legacy(settings["Shares:ConnectionString"]!))
            {
                // The first migration's schema (what EnsureCreated made then) without its history, and a share in it.
                await legacy.GetService<IMigrator>().MigrateAsync(legacy.Database.GetMigrations().First());
#pragma warning disable EF1002 // Fixed test SQL: the history table's own name.
                await legacy.Database.ExecuteSqlRawAsync($"DROP TABLE \"{HistoryRepository.DefaultTableName}\"");
#pragma warning restore EF1002
                var expires = DateTimeOffset.Parse("2100-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
                await legacy.Database.ExecuteSqlAsync($"INSERT INTO shares (\"Id\", \"Ciphertext\", \"DeleteTokenHash\", \"CreatedAtMs\", \"ExpiresAtMs\") VALUES ({id}, {ciphertext}, {new byte[32]}, {0L}, {expires})");
            }

            using var portal = new PortalFactory(settings);
            var response = await portal.CreateClient().GetAsync($"/api/v1/shares/{id}");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(System.Buffers.Text.Base64Url.EncodeToString(ciphertext), (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ciphertext").GetString());
            using var scope = portal.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ShareDbContext>();
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        }
        finally
        {
            if (provider == "Postgres")
            {
                await ExecuteAsync(admin!, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            }
            else
            {
                File.Delete(file);
            }
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The database name is a generated identifier, not input.
        command.CommandText = sql;
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }
}
