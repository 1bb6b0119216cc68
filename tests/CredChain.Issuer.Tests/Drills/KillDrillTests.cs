using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CredChain.Core.Hashing;
using CredChain.Issuer.Tests.Infrastructure;
using CredChain.Testing.Polling;
using Microsoft.Data.Sqlite;

namespace CredChain.Issuer.Tests.Drills;

/// <summary>
/// The service, a real child process, is SIGKILLed at each step of the anchoring protocol and restarted:
/// every credential must end anchored, in one batch, under a root the chain holds exactly once.
/// </summary>
public sealed class KillDrillTests : IClassFixture<IssuerChain>
{
    private readonly IssuerChain _chain;

    public KillDrillTests(IssuerChain chain) => _chain = chain;

    [Theory]
    [InlineData("before-send")]
    [InlineData("after-send")]
    [InlineData("after-receipt")]
    public async Task KilledAtAnchoringStep_AfterRestart_EveryCredentialIsAnchoredOnceUnderOneRoot(string step)
    {
        using var tokens = new TestTokens();
        var directory = Directory.CreateTempSubdirectory("credchain-drill-").FullName;
        var database = Path.Combine(directory, "issuer.db");
        var settings = Settings(tokens, database);
        var token = tokens.Mint([_chain.IssuerAddress], ["registrar", "auditor"]);

        var crash = await IssueThenKillAtAsync(step, settings, directory, token, database);

        await using var restarted = await IssuerProcess.StartAsync(settings, directory);
        using var restartedClient = Client(restarted.BaseAddress, token);
        var credentials = new List<JsonElement>();
        foreach (var id in crash.Ids)
        {
            credentials.Add(await Eventually.GetAsync(
                () => restartedClient.GetFromJsonAsync<JsonElement>($"/api/v1/credentials/{id}"),
                c => c.GetProperty("state").GetString() == "anchored",
                $"credential {id} anchored after a kill at {step}\n{restarted.Output}"));
        }

        // Credentials posted while the first batch hung at the fault point may form a second batch: both must be whole.
        var batchIds = credentials.Select(c => c.GetProperty("batchId").GetGuid()).Distinct().ToList();
        Assert.Contains(crash.Batch, batchIds);
        var anchoredTotal = 0;
        foreach (var batchId in batchIds)
        {
            anchoredTotal += await AssertAnchoredOnceAsync(restartedClient, batchId, batchId == crash.Batch ? crash.WrittenAheadHash : null);
        }

        Assert.Equal(5, anchoredTotal);
        Assert.Equal(batchIds.Count, await CountBatchesAsync(database));
    }

    private Dictionary<string, string?> Settings(TestTokens tokens, string database) =>
        new(_chain.ServiceSettings())
        {
            ["Auth:Issuer"] = TestTokens.Issuer,
            ["Auth:Audience"] = TestTokens.Audience,
            ["Auth:SigningKeys:0"] = tokens.PublicKeyPem,
            ["Storage:ConnectionString"] = $"Data Source={database}",
            ["Portal:BaseUrl"] = "https://verify.example.test",
        };

    /// <summary>Issues five credentials to a service told to crash at <paramref name="step"/>, waits for the fault point and kills it.</summary>
    private static async Task<Crash> IssueThenKillAtAsync(string step, Dictionary<string, string?> settings, string directory, string token, string database)
    {
        List<Guid> ids = [];
        await using var crashing = await IssuerProcess.StartAsync(new Dictionary<string, string?>(settings) { ["CREDCHAIN_FAULT_CRASH_AT"] = step }, directory);
        using var client = Client(crashing.BaseAddress, token);
        for (var i = 0; i < 5; i++)
        {
            var body = $$$"""{"credentialSubject":{"name":"drill {{{step}}} {{{i}}}"}}""";
            var response = await client.PostAsync("/api/v1/credentials", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        var marker = await crashing.FaultReached.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.StartsWith($"CREDCHAIN-FAULT-POINT {Expected(step)} ", marker, StringComparison.Ordinal);
        await crashing.KillAsync();
        var crashedBatch = Guid.Parse(marker.Split(' ')[^1]);
        return new Crash(ids, crashedBatch, await ReadWrittenAheadHashAsync(database, crashedBatch));
    }

    /// <summary>The batch is wholly anchored under a root the chain holds once (by the transaction signed before the kill, when given); returns its count.</summary>
    private async Task<int> AssertAnchoredOnceAsync(HttpClient client, Guid batchId, string? writtenAheadHash)
    {
        var batch = await client.GetFromJsonAsync<JsonElement>($"/api/v1/batches/{batchId}");
        Assert.Equal("anchored", batch.GetProperty("state").GetString());
        Assert.Equal(batch.GetProperty("credentialCount").GetInt32(), batch.GetProperty("counts").GetProperty("anchored").GetInt32());
        Assert.Equal(1, await _chain.CountAnchorEventsAsync(Hash32.Parse(batch.GetProperty("root").GetString()!).ToByteArray()));
        if (writtenAheadHash is not null)
        {
            // The transaction signed before the kill is the one that anchored: nothing was signed twice.
            Assert.Equal(writtenAheadHash, batch.GetProperty("transactionHash").GetString());
        }

        return batch.GetProperty("counts").GetProperty("anchored").GetInt32();
    }

    private static HttpClient Client(Uri baseAddress, string token)
    {
        var client = new HttpClient { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static string Expected(string step) => step switch
    {
        "before-send" => "BeforeSend",
        "after-send" => "AfterSend",
        _ => "AfterReceipt",
    };

    private static async Task<string> ReadWrittenAheadHashAsync(string database, Guid batchId)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT transaction_hash FROM batches WHERE id = $id AND transaction_hash IS NOT NULL";
        command.Parameters.AddWithValue("$id", batchId.ToString().ToUpperInvariant());
        var hash = (byte[]?)await command.ExecuteScalarAsync() ?? throw new InvalidOperationException("No batch was written ahead before the kill.");
        return "0x" + Convert.ToHexStringLower(hash);
    }

    private static async Task<long> CountBatchesAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM batches";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private sealed record Crash(List<Guid> Ids, Guid Batch, string WrittenAheadHash);
}
