using System.Net.Http.Headers;
using CredChain.Issuer.Tests.Infrastructure;
using CredChain.Testing.Polling;
using Npgsql;

namespace CredChain.Issuer.Tests.Drills;

/// <summary>
/// Two issuing-service processes share one PostgreSQL database and two issuer accounts. 20,000 credentials are posted
/// across both (uploads and single credentials); one process is SIGKILLed mid-anchoring (its transaction sent, the
/// receipt not read, the account's lock held). The survivor takes over: every credential ends in exactly one anchored
/// batch, the chain holds each root once, and each account sent exactly one transaction per batch.
/// </summary>
public sealed class TwoInstanceDrillTests : IClassFixture<IssuerChain>
{
    private const int UploadRows = 2_000;
    private const int Uploads = 8;
    private const int Singles = 4_000;

    private readonly IssuerChain _chain;

    public TwoInstanceDrillTests(IssuerChain chain) => _chain = chain;

    [PostgresFact]
    public async Task TwoInstancesOnOnePostgres_OneKilledMidAnchoring_EveryCredentialIsAnchoredOnceAndNoRootTwice()
    {
        var a = new IssuerKey(_chain.Issuer, _chain.IssuerKeyVariable, "Test University");
        var b = await _chain.CreateIssuerAsync("Second College");
        await using var database = await TestDatabase.CreateAsync("postgres");
        using var tokens = new TestTokens();
        var directory = Directory.CreateTempSubdirectory("credchain-two-instances-").FullName;
        var connectionString = new NpgsqlConnectionStringBuilder(database.Settings["Storage:ConnectionString"]) { Pooling = true }.ConnectionString;
        var settings = new Dictionary<string, string?>(_chain.ServiceSettings(a, b))
        {
            ["Auth:Issuer"] = TestTokens.Issuer,
            ["Auth:Audience"] = TestTokens.Audience,
            ["Auth:SigningKeys:0"] = tokens.PublicKeyPem,
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = connectionString,
            ["Portal:BaseUrl"] = "https://verify.example.test",
            ["Anchoring:MaxBatchSize"] = "1000",
            ["Anchoring:InitialBackoff"] = "00:00:00.100",
            ["Anchoring:MaxBackoff"] = "00:00:01",
        };
        var token = tokens.Mint([a.Address, b.Address], ["registrar", "auditor"]);

        // The doomed instance sends its first anchor and freezes there, holding that account's lock, until it is killed.
        await using var doomed = await IssuerProcess.StartAsync(new Dictionary<string, string?>(settings) { ["CREDCHAIN_FAULT_CRASH_AT"] = "after-send" }, directory);
        using var toDoomed = Client(doomed.BaseAddress, token);
        await new ServiceClient(toDoomed).UploadAsync(UploadRows, "doomed-first", a.Address);
        var marker = await doomed.FaultReached.WaitAsync(TimeSpan.FromSeconds(120));
        Assert.StartsWith("CREDCHAIN-FAULT-POINT AfterSend ", marker, StringComparison.Ordinal);

        // Both instances take the rest, both accounts on both; then the doomed one is SIGKILLed.
        await using var survivor = await IssuerProcess.StartAsync(settings, directory);
        using var toSurvivor = Client(survivor.BaseAddress, token);
        var accepted = await Task.WhenAll(
            PostAsync(toDoomed, (Uploads / 2) - 1, b, a, "doomed"),
            PostAsync(toSurvivor, Uploads / 2, b, a, "survivor"));
        Assert.Equal(20_000, UploadRows + accepted.Sum());
        await doomed.KillAsync();

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        const string AnchoredMembers = "SELECT count(*) FROM credentials c JOIN batches b ON b.id = c.batch_id WHERE b.state = 2";
        await Eventually.GetAsync(() => ScalarAsync(connection, AnchoredMembers), n => n == 20_000, $"20,000 credentials anchored\n{survivor.Output}", timeout: TimeSpan.FromSeconds(300));

        Assert.Equal(20_000, await ScalarAsync(connection, "SELECT count(*) FROM credentials"));
        Assert.Equal(0, await ScalarAsync(connection, "SELECT count(*) FROM batches WHERE state <> 2"));
        Assert.Equal(0, await ScalarAsync(connection, "SELECT count(*) FROM batches b WHERE b.credential_count <> (SELECT count(*) FROM credentials c WHERE c.batch_id = b.id)"));

        var roots = await RootsAsync(connection);
        var events = (await _chain.RootAnchoredEventsAsync()).Where(e => e.Issuer == a.Address || e.Issuer == b.Address).ToList();
        Assert.Equal(events.Count, events.Select(e => e.Root).Distinct().Count());
        Assert.Equal(roots.Select(r => (r.Root, r.Issuer)).Order(), events.Order());
        foreach (var issuer in new[] { a, b })
        {
            Assert.Equal(roots.Count(r => r.Issuer == issuer.Address), await _chain.TransactionCountAsync(issuer.Address));
        }
    }

    /// <summary>Posts uploads alternating between the accounts, then half of the single credentials eight at a time. Returns the credentials accepted.</summary>
    private static async Task<int> PostAsync(HttpClient client, int uploads, IssuerKey first, IssuerKey second, string tag)
    {
        var api = new ServiceClient(client);
        var accepted = 0;
        for (var i = 0; i < uploads; i++)
        {
            await api.UploadAsync(UploadRows, $"{tag}-{i}", (i % 2 == 0 ? first : second).Address);
            accepted += UploadRows;
        }

        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < Singles / 2)
            {
                await api.IssueAsync($"{tag} single {i}", (i % 2 == 0 ? first : second).Address);
                Interlocked.Increment(ref accepted);
            }
        }));
        return accepted;
    }

    private static HttpClient Client(Uri baseAddress, string token)
    {
        var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<(string Root, string Issuer)>> RootsAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT root, issuer_address FROM batches", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var roots = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            roots.Add(("0x" + Convert.ToHexStringLower((byte[])reader[0]), reader.GetString(1)));
        }

        return roots;
    }
}
