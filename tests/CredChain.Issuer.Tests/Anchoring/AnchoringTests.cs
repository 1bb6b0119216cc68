using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Merkle;
using CredChain.Issuer.Tests.Infrastructure;
using CredChain.Testing.Polling;

namespace CredChain.Issuer.Tests.Anchoring;

/// <summary>Issuing, anchoring and revoking end to end against a real anvil node.</summary>
public sealed class AnchoringTests : IClassFixture<IssuerChain>, IAsyncLifetime
{
    private readonly IssuerChain _chain;
    private IssuerApiFactory _factory = null!;
    private HttpClient _client = null!;

    public AnchoringTests(IssuerChain chain) => _chain = chain;

    public Task InitializeAsync()
    {
        _factory = new IssuerApiFactory(_chain.ServiceSettings());
        _client = _factory.CreateClientFor([_chain.IssuerAddress], "registrar", "revoker", "auditor");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    private async Task<Guid> IssueAsync(string name)
    {
        var body = $$$"""{"type":["UniversityDegreeCredential"],"credentialSubject":{"name":{"zh":"{{{name}}}","en":"{{{name}}}"},"degree":"BSc"}}""";
        var response = await _client.PostAsync("/api/v1/credentials", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private Task<JsonElement> WaitForCredentialStateAsync(Guid id, string state) =>
        Eventually.GetAsync(() => _client.GetFromJsonAsync<JsonElement>($"/api/v1/credentials/{id}"), c => c.GetProperty("state").GetString() == state, $"credential {id} {state}");

    private Task<JsonElement> WaitForBatchAsync(Guid id, Func<JsonElement, bool> done, string what) =>
        Eventually.GetAsync(() => _client.GetFromJsonAsync<JsonElement>($"/api/v1/batches/{id}"), done, what);

    [Fact]
    public async Task SingleCredential_IsAnchoredAndItsProofIsAcceptedByTheRegistry()
    {
        var id = await IssueAsync("李四");

        var anchored = await WaitForCredentialStateAsync(id, "anchored");

        var document = CredentialDocument.Parse(Encoding.UTF8.GetBytes(anchored.GetProperty("document").GetRawText()));
        Assert.True(document.Proof.IsAnchored);
        Assert.True(MerkleTree.Verify(document.Proof.TargetHash, document.Proof.MerklePath.AsSpan(), document.Proof.MerkleRoot!.Value));
        Assert.Equal(1337, document.Proof.Anchor!.ChainId);
        Assert.Equal(_chain.Deployment.CredentialRegistryAddress, document.Proof.Anchor.Registry, ignoreCase: true);

        var onChain = await _chain.Registry.VerifyAsync(
            _chain.IssuerAddress,
            document.Proof.MerkleRoot.Value.ToByteArray(), document.Proof.TargetHash.ToByteArray(), [.. document.Proof.MerklePath.Select(h => h.ToByteArray())]);
        Assert.True(onChain.Anchored);
        Assert.True(onChain.ProofValid);
        Assert.Equal(_chain.IssuerAddress, onChain.Issuer, ignoreCase: true);
        Assert.True(onChain.IssuerAccreditedAtAnchoring);

        var batch = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/batches/{anchored.GetProperty("batchId").GetGuid()}");
        Assert.Equal("anchored", batch.GetProperty("state").GetString());
        Assert.Equal(document.Proof.Anchor.TransactionHash.ToString(), batch.GetProperty("transactionHash").GetString());
        Assert.Equal(document.Proof.Anchor.BlockNumber, batch.GetProperty("blockNumber").GetInt64());
        Assert.Equal(1, await _chain.CountAnchorEventsAsync(document.Proof.MerkleRoot.Value.ToByteArray()));
    }

    [Fact]
    public async Task NdjsonUpload_IsAnchoredAsOneBatchAndEveryDocumentCarriesAValidProof()
    {
        var lines = string.Join('\n', Enumerable.Range(1, 40).Select(i =>
            $$$"""{"type":["UniversityDegreeCredential"],"validFrom":"2026-07-01T00:00:00Z","credentialSubject":{"id":"urn:student:{{{i}}}","name":{"zh":"学生{{{i}}}"},"gpa":3.{{{i % 10}}}}}"""));
        var response = await _client.PostAsync("/api/v1/batches", new StringContent(lines, Encoding.UTF8, "application/x-ndjson"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var batchId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var batch = await WaitForBatchAsync(batchId, b => b.GetProperty("state").GetString() == "anchored", "batch anchored");
        Assert.Equal(40, batch.GetProperty("credentialCount").GetInt32());
        Assert.Equal(40, batch.GetProperty("counts").GetProperty("anchored").GetInt32());
        Assert.True(batch.GetProperty("fromUpload").GetBoolean());

        var ndjson = await _client.GetStringAsync($"/api/v1/batches/{batchId}/credentials");
        var documents = ndjson.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => CredentialDocument.Parse(Encoding.UTF8.GetBytes(l))).ToList();
        Assert.Equal(40, documents.Count);
        var root = Hash32.Parse(batch.GetProperty("root").GetString()!);
        Assert.All(documents, d =>
        {
            Assert.Equal(root, d.Proof.MerkleRoot);
            Assert.True(MerkleTree.Verify(d.Proof.TargetHash, d.Proof.MerklePath.AsSpan(), root));
        });
        Assert.Equal(40, documents.Select(d => d.Credential.Subject.GetProperty("id").GetString()).Distinct().Count());
        Assert.Equal(1, await _chain.CountAnchorEventsAsync(root.ToByteArray()));
    }

    [Fact]
    public async Task RevokeCredential_IsRecordedOnChainWithItsReason()
    {
        var id = await IssueAsync("王五");
        var anchored = await WaitForCredentialStateAsync(id, "anchored");

        var response = await _client.PostAsJsonAsync($"/api/v1/credentials/{id}/revoke", new { reason = 7 });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var revoked = await WaitForCredentialStateAsync(id, "revoked");

        Assert.Equal(7, revoked.GetProperty("revocation").GetProperty("reason").GetInt32());
        var document = CredentialDocument.Parse(Encoding.UTF8.GetBytes(anchored.GetProperty("document").GetRawText()));
        var onChain = await _chain.Registry.VerifyAsync(
            _chain.IssuerAddress,
            document.Proof.MerkleRoot!.Value.ToByteArray(), document.Proof.TargetHash.ToByteArray(), [.. document.Proof.MerklePath.Select(h => h.ToByteArray())]);
        Assert.Equal((byte)7, onChain.CredentialRevocation?.ReasonCode);
        Assert.Null(onChain.BatchRevocation);
    }

    [Fact]
    public async Task RevokeBatch_RevokesEveryCredentialOnChain()
    {
        var id = await IssueAsync("赵六");
        var anchored = await WaitForCredentialStateAsync(id, "anchored");
        var batchId = anchored.GetProperty("batchId").GetGuid();

        var response = await _client.PostAsJsonAsync($"/api/v1/batches/{batchId}/revoke", new { reason = 3 });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var batch = await WaitForBatchAsync(batchId, b => b.GetProperty("revocation").ValueKind == JsonValueKind.Object, "batch revoked");

        Assert.Equal(3, batch.GetProperty("revocation").GetProperty("reason").GetInt32());
        Assert.Equal(batch.GetProperty("credentialCount").GetInt32(), batch.GetProperty("counts").GetProperty("revoked").GetInt32());
        var root = Hash32.Parse(batch.GetProperty("root").GetString()!).ToByteArray();
        var onChain = await _chain.Registry.VerifyAsync(_chain.IssuerAddress, root, root, []);
        Assert.Equal((byte)3, onChain.BatchRevocation?.ReasonCode);
    }

    [Fact]
    public async Task RevokeCredential_NotYetAnchored_Returns409()
    {
        // A service whose worker will not batch this credential during the test: it was just accepted, and a batch closes
        // after an hour or at a million (with the defaults a loaded machine anchored it before the revoke arrived).
        var settings = _chain.ServiceSettings();
        settings["Anchoring:BatchWindow"] = "01:00:00";
        settings["Anchoring:MaxBatchSize"] = "1000000";
        await using var factory = new IssuerApiFactory(settings);
        using var client = factory.CreateClientFor([_chain.IssuerAddress], "registrar", "revoker", "auditor");
        var id = await Seed.CredentialAsync(factory, _chain.IssuerAddress, acceptedAtMs: TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds());

        var response = await client.PostAsJsonAsync($"/api/v1/credentials/{id}/revoke", new { reason = 1 });
        await ProblemAssert.HasAsync(response, HttpStatusCode.Conflict, "invalid_state");
    }

    [Fact]
    public async Task Health_WithTheNodeUp_IsHealthy()
    {
        using var operatorClient = _factory.CreateClientFor([], "operator");
        var json = await Eventually.GetAsync(() => operatorClient.GetFromJsonAsync<JsonElement>("/health"), j => j.GetProperty("status").GetString() == "Healthy", "healthy");
        Assert.Equal(1337, json.GetProperty("checks").GetProperty("chain").GetProperty("chainId").GetInt64());
    }
}
