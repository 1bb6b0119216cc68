using System.Data.Common;
using System.Net;
using System.Text;
using CredChain.Issuer.Storage;
using CredChain.Issuer.Tests.Infrastructure;
using CredChain.Testing.Polling;
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
        var (factory, client, directory) = await StartPooledAsync();
        await using var _ = factory;
        using var __ = client;
        var before = new FileInfo(Path.Combine(directory, "issuer.db")).Length;

        await UploadAsync(client, 3_000);

        // Nothing here checkpoints: the test only watches the file. 3,000 documents are well over a megabyte.
        await Eventually.GetAsync(
            () => Task.FromResult(new FileInfo(Path.Combine(directory, "issuer.db")).Length),
            length => length >= before + (1024 * 1024),
            $"the database file to grow by a megabyte from {before} bytes",
            TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task LogPastTheLimit_IsEmptied()
    {
        var (factory, client, directory) = await StartPooledAsync(maxLogPages: 16);
        await using var _ = factory;
        using var __ = client;

        await UploadAsync(client, 3_000);

        // Over a megabyte of log after the upload; the checkpoint past 16 pages truncates it to nothing.
        await Eventually.GetAsync(
            () => Task.FromResult(new FileInfo(Path.Combine(directory, "issuer.db-wal")) is { Exists: true } log ? log.Length : 0),
            length => length == 0,
            "the write-ahead log to be emptied",
            TimeSpan.FromSeconds(30));
        using var scope = factory.Services.CreateScope();
        Assert.Equal(3_000, await scope.ServiceProvider.GetRequiredService<IssuerDbContext>().Credentials.CountAsync());
    }

    /// <summary>
    /// The service on pooled connections, as deployed: SQLite also checkpoints when the last connection to a file closes,
    /// which the tests' unpooled default does after every request.
    /// </summary>
    private static async Task<(IssuerApiFactory Factory, HttpClient Client, string Directory)> StartPooledAsync(long? maxLogPages = null)
    {
        var directory = Directory.CreateTempSubdirectory("credchain-checkpoint-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["Anchoring:BatchWindow"] = "01:00:00",
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(directory, "issuer.db")}",
        };
        if (maxLogPages is { } pages)
        {
            settings["Storage:SqliteMaxLogPages"] = pages.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var factory = new IssuerApiFactory(settings);
        var client = factory.CreateClientFor([TestAccounts.AddressA], "registrar");
        await client.GetAsync("/health");
        return (factory, client, directory);
    }

    private static async Task UploadAsync(HttpClient client, int rows)
    {
        var response = await client.PostAsync("/api/v1/batches", new StringContent(Rows(rows), Encoding.UTF8, "application/x-ndjson"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
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
