using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CredChain.Core.Documents;
using CredChain.Core.Leaves;
using CredChain.Issuer.Storage;
using CredChain.Issuer.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CredChain.Issuer.Tests.Storage;

/// <summary>Migrations, bulk inserts (prepared positional INSERTs on SQLite, binary COPY on PostgreSQL), rollback and idempotency on each provider.</summary>
public sealed class StorageProviderTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static string Rows(int count, int badRow = 0) => string.Join('\n', Enumerable.Range(1, count).Select(i => i == badRow
        ? "{\"credentialSubject\":{\"id\":\"x\"},\"unexpected\":1}"
        : $$$$"""{"validFrom":"2026-07-01T00:00:00Z","credentialSubject":{"id":"urn:student:{{{{i}}}}","name":{"zh":"学生{{{{i}}}}"}}}"""));

    private static async Task<(IssuerApiFactory Factory, HttpClient Client)> StartAsync(TestDatabase database, string batchWindow = "")
    {
        var settings = database.Settings.ToDictionary();
        if (batchWindow.Length > 0)
        {
            settings["Anchoring:BatchWindow"] = batchWindow;
        }

        var factory = new IssuerApiFactory(settings);
        var client = factory.CreateClientFor([TestAccounts.AddressA], "registrar", "auditor");
        await client.GetAsync("/health");
        return (factory, client);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task BulkUpload_StoresEveryRowWithItsDocumentAndHash(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (factory, client) = await StartAsync(database);
        await using var _ = factory;
        using var __ = client;

        // 5,003 rows: several upload chunks and a partial last one.
        var response = await client.PostAsync("/api/v1/batches", new StringContent(Rows(5_003), Encoding.UTF8, "application/x-ndjson"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var batchId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IssuerDbContext>();
        var stored = await db.Credentials.Where(c => c.BatchId == batchId).ToListAsync();
        Assert.Equal(5_003, stored.Count);

        // Every row stored compact against the batch's one template, and read back as the document issued: the
        // canonical writer's bytes (what the service stored whole before), with its own id and a targetHash that verifies.
        var template = Assert.Single(await db.DocumentTemplates.Where(t => t.BatchId == batchId).ToListAsync());
        var documents = scope.ServiceProvider.GetRequiredService<StoredDocuments>();
        foreach (var c in stored)
        {
            Assert.Equal((TestAccounts.AddressA, CredentialState.Pending, 32, template.Id), (c.IssuerAddress, c.State, c.TargetHash.Length, c.TemplateId));
            var bytes = await documents.ReadAsync(db, c, CancellationToken.None);
            var document = CredentialDocument.Parse(bytes);
            Assert.Equal(bytes, document.ToUtf8Bytes());
            Assert.Equal(($"urn:uuid:{c.Id}", Convert.ToHexString(c.TargetHash)), (document.Credential.Id, Convert.ToHexString(CredentialHashing.ComputeTargetHash(document).ToByteArray())));
        }

        Assert.Equal(5_003, stored.Select(c => Convert.ToHexString(c.TargetHash)).Distinct().Count());
        var batch = await db.Batches.SingleAsync(b => b.Id == batchId);
        Assert.Equal((BatchState.Pending, true, 5_003), (batch.State, batch.FromUpload, batch.CredentialCount));

        // The download reads the batch by key in pages and completes them in parallel (BatchDownload): three pages here,
        // every row once, in id order across the pages, each its stored document.
        var expected = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var c in stored)
        {
            expected.Add($"urn:uuid:{c.Id}", await documents.ReadAsync(db, c, CancellationToken.None));
        }

        var listed = (await client.GetStringAsync($"/api/v1/batches/{batchId}/credentials")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(listed.Length > 2 * BatchRows.PageSize);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), listed.Select(l => CredentialDocument.Parse(Encoding.UTF8.GetBytes(l)).Credential.Id));
        Assert.All(listed, l => Assert.Equal(expected[CredentialDocument.Parse(Encoding.UTF8.GetBytes(l)).Credential.Id], Encoding.UTF8.GetBytes(l)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task BulkUpload_WithABadLastRow_RollsBackEverythingAlreadyWritten(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (factory, client) = await StartAsync(database);
        await using var _ = factory;
        using var __ = client;

        var response = await client.PostAsync("/api/v1/batches", new StringContent(Rows(4_500, badRow: 4_500), Encoding.UTF8, "application/x-ndjson"));

        var problem = await ProblemAssert.HasAsync(response, HttpStatusCode.BadRequest, "import_rejected");
        Assert.Equal(4_500, problem.GetProperty("errors")[0].GetProperty("row").GetInt32());
        Assert.Equal((0, 0, 0), await StoreAssert.CountsAsync(factory));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task IdempotencyKey_IsUniquePerIssuerAccount(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        // No batch may close during the test: with the default 2 s window a loaded machine batched the credential
        // before the counts were read (1 batch instead of 0).
        var (factory, client) = await StartAsync(database, batchWindow: "01:00:00");
        await using var _ = factory;
        using var __ = client;

        var ids = new List<Guid>();
        for (var i = 0; i < 2; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/credentials")
            {
                Content = new StringContent("{\"credentialSubject\":{\"name\":\"A\"}}", Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("Idempotency-Key", "same-key");
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        Assert.Equal(ids[0], ids[1]);
        Assert.Equal((1, 0, 1), await StoreAssert.CountsAsync(factory));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task BulkSink_RefusingARow_FailsTheWriteAndTheRollbackLeavesNothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (factory, client) = await StartAsync(database);
        await using var _ = factory;
        using var __ = client;

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IssuerDbContext>();
            var writer = scope.ServiceProvider.GetRequiredService<ICredentialBulkWriter>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var first = Record(Guid.CreateVersion7());
            var duplicate = Record(first.Id);

            var error = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(async () =>
            {
                await using var sink = await writer.OpenAsync(db, CancellationToken.None);
                await sink.WriteAsync([first, Record(Guid.CreateVersion7()), duplicate], CancellationToken.None);
                await sink.CompleteAsync(CancellationToken.None);
            });

            Assert.Contains("unique", error.Message, StringComparison.OrdinalIgnoreCase);
            await transaction.RollbackAsync();
        }

        Assert.Equal((0, 0, 0), await StoreAssert.CountsAsync(factory));
    }

    [Fact]
    public async Task NewSqliteStore_UsesWalFullSyncAnd16KiBPages()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        var (factory, client) = await StartAsync(database);
        await using var _ = factory;
        using var __ = client;

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IssuerDbContext>();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        async Task<string> PragmaAsync(string name)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA " + name;
            return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
        }

        Assert.Equal(("wal", "2", "16384"), (await PragmaAsync("journal_mode"), await PragmaAsync("synchronous"), await PragmaAsync("page_size")));
    }

    private static CredentialRecord Record(Guid id) => new()
    {
        Id = id,
        IssuerAddress = TestAccounts.AddressA,
        State = CredentialState.Pending,
        TargetHash = new byte[32],
        Document = "{}"u8.ToArray(),
        AcceptedAtMs = 1,
    };
}
