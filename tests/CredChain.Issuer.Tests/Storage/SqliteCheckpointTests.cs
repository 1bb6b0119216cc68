using System.Data.Common;
using System.Net;
using System.Text;
using CredChain.Issuer.Storage;
using CredChain.Issuer.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CredChain.Issuer.Tests.Storage;

/// <summary>
/// No commit copies SQLite's log into the database file (a 500,000-row upload's commit spent 1.3–1.6 s doing it before
/// answering); the service's checkpointer does, in the background.
/// </summary>
public sealed class SqliteCheckpointTests
{
    [Fact]
    public async Task ServiceConnections_NeverCheckpointInACommit()
    {
        await using var factory = new IssuerApiFactory();
        using var client = factory.CreateClientFor([TestAccounts.AddressA], "registrar");
        await client.GetAsync("/health");
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IssuerDbContext>();
        await db.Database.OpenConnectionAsync();

        Assert.Equal(("wal", 0L), (await PragmaAsync<string>(db.Database.GetDbConnection(), "journal_mode"), await PragmaAsync<long>(db.Database.GetDbConnection(), "wal_autocheckpoint")));
    }

    [Fact]
    public async Task BulkUpload_ItsLogIsCopiedIntoTheDatabaseFileInTheBackground()
    {
        // Pooled connections, as deployed: SQLite also checkpoints when the last connection to a file closes, which
        // the tests' unpooled default does after every request.
        var directory = Directory.CreateTempSubdirectory("credchain-checkpoint-").FullName;
        await using var factory = new IssuerApiFactory(new Dictionary<string, string?>
        {
            ["Anchoring:BatchWindow"] = "01:00:00",
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(directory, "issuer.db")}",
        });
        using var client = factory.CreateClientFor([TestAccounts.AddressA], "registrar");
        await client.GetAsync("/health");
        var file = new FileInfo(Path.Combine(directory, "issuer.db"));
        file.Refresh();
        var before = file.Length;

        var response = await client.PostAsync("/api/v1/batches", new StringContent(Rows(3_000), Encoding.UTF8, "application/x-ndjson"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        // Nothing here checkpoints: the test only watches the file. 3,000 documents are well over a megabyte.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            await Task.Delay(100);
            file.Refresh();
        }
        while (file.Length < before + (1024 * 1024) && waited.Elapsed < TimeSpan.FromSeconds(30));

        Assert.True(file.Length >= before + (1024 * 1024), $"The database file stayed at {file.Length} bytes (from {before}).");
    }

    [Fact]
    public async Task LogPastTheLimit_IsEmptied()
    {
        var directory = Directory.CreateTempSubdirectory("credchain-checkpoint-").FullName;
        await using var factory = new IssuerApiFactory(new Dictionary<string, string?>
        {
            ["Anchoring:BatchWindow"] = "01:00:00",
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(directory, "issuer.db")}",
            ["Storage:SqliteMaxLogPages"] = "16",
        });
        using var client = factory.CreateClientFor([TestAccounts.AddressA], "registrar");
        await client.GetAsync("/health");
        var log = new FileInfo(Path.Combine(directory, "issuer.db-wal"));

        var response = await client.PostAsync("/api/v1/batches", new StringContent(Rows(3_000), Encoding.UTF8, "application/x-ndjson"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        // Over a megabyte of log after the upload; the checkpoint past 16 pages truncates it to nothing.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            await Task.Delay(100);
            log.Refresh();
        }
        while (log.Exists && log.Length > 0 && waited.Elapsed < TimeSpan.FromSeconds(30));

        Assert.True(!log.Exists || log.Length == 0, $"The log is still {log.Length} bytes.");
        using var scope = factory.Services.CreateScope();
        Assert.Equal(3_000, await scope.ServiceProvider.GetRequiredService<IssuerDbContext>().Credentials.CountAsync());
    }

    private static string Rows(int count) => string.Join('\n', Enumerable.Range(1, count).Select(i =>
        $$$$"""{"credentialSubject":{"id":"urn:student:{{{{i}}}}","name":{"en":"Student {{{{i}}}}"}}}"""));

    private static async Task<T> PragmaAsync<T>(DbConnection connection, string pragma)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {pragma}";
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
