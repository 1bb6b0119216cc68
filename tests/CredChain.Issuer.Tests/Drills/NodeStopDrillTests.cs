using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CredChain.Core.Hashing;
using CredChain.Issuer.Tests.Infrastructure;
using CredChain.Testing.Polling;

namespace CredChain.Issuer.Tests.Drills;

/// <summary>The dev node stops with a batch closed but not anchored: requests are still accepted, /health degrades, and all anchors once it returns.</summary>
public sealed class NodeStopDrillTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("credchain-node-drill-").FullName;
    private IssuerChain _chain = null!;
    private IssuerApiFactory _factory = null!;
    private HttpClient _client = null!;
    private HttpClient _operator = null!;

    public async Task InitializeAsync()
    {
        _chain = new IssuerChain { StateFile = Path.Combine(_directory, "anvil-state.json") };
        await _chain.InitializeAsync();
        _factory = new IssuerApiFactory(new Dictionary<string, string?>(_chain.ServiceSettings())
        {
            ["Anchoring:InitialBackoff"] = "00:00:00.100",
            ["Anchoring:MaxBackoff"] = "00:00:00.500",
            ["Chain:RequestTimeout"] = "00:00:02",
        });
        _client = _factory.CreateClientFor([_chain.IssuerAddress], "registrar", "auditor");
        _operator = _factory.CreateClientFor([], "operator");
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        _operator.Dispose();
        await _factory.DisposeAsync();
        await _chain.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task<Guid> IssueAsync(int i)
    {
        var response = await _client.PostAsync("/api/v1/credentials", new StringContent($$$"""{"credentialSubject":{"name":"node drill {{{i}}}"}}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private Task<JsonElement> GetAsync(Guid id) => _client.GetFromJsonAsync<JsonElement>($"/api/v1/credentials/{id}");

    [Fact]
    public async Task NodeStoppedMidBatch_RequestsAreAcceptedAndTheBatchAnchorsWhenTheNodeReturns()
    {
        var before = await IssueAsync(0);
        await Eventually.GetAsync(() => GetAsync(before), c => c.GetProperty("state").GetString() == "anchored", "anchored before the stop");

        await _chain.StopNodeAsync();
        var ids = new[] { await IssueAsync(1), await IssueAsync(2), await IssueAsync(3) };

        // The worker closes the batch (database only) and then fails to reach the node: the batch waits, /health says why.
        await Eventually.GetAsync(() => GetAsync(ids[2]), c => c.GetProperty("batchId").ValueKind == JsonValueKind.String, "batch closed while the node is down");
        var degraded = await Eventually.GetAsync(() => _operator.GetFromJsonAsync<JsonElement>("/health"), h => h.GetProperty("status").GetString() == "Degraded", "health degraded");
        Assert.Equal("Healthy", degraded.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        foreach (var id in ids)
        {
            Assert.Equal("pending", (await GetAsync(id)).GetProperty("state").GetString());
        }

        await _chain.RestartNodeAsync();

        var anchored = new List<JsonElement>();
        foreach (var id in ids)
        {
            anchored.Add(await Eventually.GetAsync(() => GetAsync(id), c => c.GetProperty("state").GetString() == "anchored", $"{id} anchored after the restart"));
        }

        foreach (var batchId in anchored.Select(c => c.GetProperty("batchId").GetGuid()).Distinct())
        {
            var batch = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/batches/{batchId}");
            Assert.Equal(1, await _chain.CountAnchorEventsAsync(Hash32.Parse(batch.GetProperty("root").GetString()!).ToByteArray()));
        }

        await Eventually.GetAsync(() => _operator.GetFromJsonAsync<JsonElement>("/health"), h => h.GetProperty("status").GetString() == "Healthy", "healthy again");
    }
}
