using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CredChain.Core.Documents;
using CredChain.Issuer.Tests.Infrastructure;

namespace CredChain.Issuer.Tests.Credentials;

/// <summary>Single issuance over HTTP with the chain unreachable: accepted, stored pending, nothing anchored.</summary>
public sealed class IssueCredentialTests : IAsyncLifetime
{
    private const string ValidBody = """
        {"type":["UniversityDegreeCredential"],"validFrom":"2026-07-01T00:00:00Z","credentialSubject":{"id":"did:example:student-1","name":{"zh":"张三","en":"Zhang San"},"degree":"BSc"}}
        """;

    private readonly IssuerApiFactory _factory = new();
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _factory.CreateClientFor([TestAccounts.AddressA], "registrar", "auditor");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostAsync(string body, string contentType = "application/json", string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/credentials") { Content = new StringContent(body, Encoding.UTF8, contentType) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return _client.SendAsync(request);
    }

    [Fact]
    public async Task Issue_ValidRequest_Returns202AndStoresPendingCredential()
    {
        var response = await PostAsync(ValidBody);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = accepted.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/credentials/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(TestAccounts.AddressA, accepted.GetProperty("issuer").GetString());
        Assert.Equal("pending", accepted.GetProperty("state").GetString());
        Assert.False(accepted.GetProperty("replayed").GetBoolean());

        var state = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/credentials/{id}");
        Assert.Equal("pending", state.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, state.GetProperty("document").ValueKind);
        Assert.Equal(JsonValueKind.Null, state.GetProperty("batchId").ValueKind);
    }

    [Fact]
    public async Task Issue_StoredDocument_IsAVc2CredentialOfTheAccountWithAVerifiableTargetHash()
    {
        var response = await PostAsync(ValidBody);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var record = await Seed.FindCredentialAsync(_factory, id);
        var document = CredentialDocument.Parse(record.Document);
        Assert.Equal($"urn:uuid:{id}", document.Credential.Id);
        Assert.Equal($"did:pkh:eip155:1337:{TestAccounts.AddressA}", document.Credential.Issuer.Id, ignoreCase: true);
        Assert.Equal("Test University A", document.Credential.Issuer.Name);
        Assert.Equal(["VerifiableCredential", "UniversityDegreeCredential"], document.Credential.Types.ToArray());
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero), document.Credential.ValidFrom);
        Assert.Equal(record.TargetHash, document.Proof.TargetHash.ToByteArray());
        Assert.Null(document.Proof.MerkleRoot);
    }

    [Fact]
    public async Task Issue_SameIdempotencyKeyTwice_ReturnsTheSameCredential()
    {
        var first = await (await PostAsync(ValidBody, key: "retry-1")).Content.ReadFromJsonAsync<JsonElement>();
        var secondResponse = await PostAsync(ValidBody, key: "retry-1");
        var second = await secondResponse.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Accepted, secondResponse.StatusCode);
        Assert.Equal(first.GetProperty("id").GetGuid(), second.GetProperty("id").GetGuid());
        Assert.True(second.GetProperty("replayed").GetBoolean());
        Assert.Equal((1, 0, 1), await StoreAssert.CountsAsync(_factory));
    }

    [Fact]
    public async Task Issue_IdempotencyKeyReusedWithOtherBody_Returns422AndStoresNothingNew()
    {
        await PostAsync(ValidBody, key: "retry-2");
        var response = await PostAsync(ValidBody.Replace("BSc", "MSc", StringComparison.Ordinal), key: "retry-2");

        await ProblemAssert.HasAsync(response, HttpStatusCode.UnprocessableEntity, "idempotency_key_reused");
        Assert.Equal((1, 0, 1), await StoreAssert.CountsAsync(_factory));
    }

    [Fact]
    public async Task Issue_ForAnAccountTheCallerDoesNotActFor_Returns403()
    {
        var body = ValidBody.Replace("{\"type\"", $"{{\"issuer\":\"{TestAccounts.AddressB}\",\"type\"", StringComparison.Ordinal);
        await ProblemAssert.HasAsync(await PostAsync(body), HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal((0, 0, 0), await StoreAssert.CountsAsync(_factory));
    }

    [Fact]
    public async Task Issue_AsAuditor_Returns403()
    {
        using var auditor = _factory.CreateClientFor([TestAccounts.AddressA], "auditor");
        var response = await auditor.PostAsync("/api/v1/credentials", new StringContent(ValidBody, Encoding.UTF8, "application/json"));
        await ProblemAssert.HasAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [Theory]
    [InlineData("text/plain", HttpStatusCode.UnsupportedMediaType, "unsupported_media_type")]
    [InlineData("application/xml", HttpStatusCode.UnsupportedMediaType, "unsupported_media_type")]
    public async Task Issue_WrongContentType_Returns415(string contentType, HttpStatusCode status, string code)
    {
        await ProblemAssert.HasAsync(await PostAsync(ValidBody, contentType), status, code);
        Assert.Equal((0, 0, 0), await StoreAssert.CountsAsync(_factory));
    }

    [Theory]
    [InlineData("{\"credentialSubject\":", "bad_request")]
    [InlineData("[1,2]", "validation_failed")]
    [InlineData("{\"credentialSubject\":{\"a\":1},\"credentialSubject\":{\"a\":2}}", "bad_request")]
    [InlineData("{\"credentialSubject\":{\"a\":1},\"grade\":\"A\"}", "validation_failed")]
    [InlineData("{\"credentialSubject\":{\"a\":1},\"validFrom\":\"2026-13-01\"}", "validation_failed")]
    [InlineData("{\"credentialSubject\":{\"a\":1},\"validFrom\":\"2026-07-01T00:00:00\"}", "validation_failed")]
    [InlineData("{\"credentialSubject\":{\"a\":1},\"validFrom\":\"2026-07-01T00:00:00Z\",\"validUntil\":\"2026-06-01T00:00:00Z\"}", "validation_failed")]
    [InlineData("{\"credentialSubject\":{}}", "validation_failed")]
    [InlineData("{\"credentialSubject\":{\"a\":[]}}", "validation_failed")]
    [InlineData("{\"type\":\"Degree\",\"credentialSubject\":{\"a\":1}}", "validation_failed")]
    public async Task Issue_BadBody_Returns400ProblemAndStoresNothing(string body, string code)
    {
        await ProblemAssert.HasAsync(await PostAsync(body), HttpStatusCode.BadRequest, code);
        Assert.Equal((0, 0, 0), await StoreAssert.CountsAsync(_factory));
    }

    [Fact]
    public async Task Issue_UnknownField_NamesTheFieldInTheErrors()
    {
        var json = await ProblemAssert.HasAsync(await PostAsync("{\"credentialSubject\":{\"a\":1},\"grade\":\"A\"}"), HttpStatusCode.BadRequest, "validation_failed");
        var error = json.GetProperty("errors").EnumerateArray().Single();
        Assert.Equal("unknown_field", error.GetProperty("code").GetString());
        Assert.Equal("grade", error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Issue_InvalidUtf8_Returns400InvalidUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"credentialSubject\":{\"name\":\"ab\"}}");
        bytes[Array.IndexOf(bytes, (byte)'a', 20)] = 0xC3;
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        await ProblemAssert.HasAsync(await _client.PostAsync("/api/v1/credentials", content), HttpStatusCode.BadRequest, "invalid_utf8");
        Assert.Equal((0, 0, 0), await StoreAssert.CountsAsync(_factory));
    }

    [Fact]
    public async Task Issue_BodyOverTheLimit_Returns413()
    {
        var big = "{\"credentialSubject\":{\"essay\":\"" + new string('x', 300 * 1024) + "\"}}";
        await ProblemAssert.HasAsync(await PostAsync(big), HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
        Assert.Equal((0, 0, 0), await StoreAssert.CountsAsync(_factory));
    }

    [Fact]
    public async Task Health_WithChainUnreachable_IsDegradedWithDatabaseHealthy()
    {
        using var operatorClient = _factory.CreateClientFor([], "operator");
        var response = await operatorClient.GetAsync("/health");
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Degraded", json.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Degraded", json.GetProperty("checks").GetProperty("chain").GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpenApi_DocumentsTheRoutes()
    {
        var json = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = json.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order().ToArray();
        Assert.Equal(
            [
                "/api/v1/batches", "/api/v1/batches/{id}", "/api/v1/batches/{id}/credentials", "/api/v1/batches/{id}/pdf", "/api/v1/batches/{id}/retry", "/api/v1/batches/{id}/revoke",
                "/api/v1/credentials", "/api/v1/credentials/{id}", "/api/v1/credentials/{id}/pdf", "/api/v1/credentials/{id}/publication", "/api/v1/credentials/{id}/publication/withdraw", "/api/v1/credentials/{id}/qr", "/api/v1/credentials/{id}/revoke",
                "/api/v1/revocations/{id}", "/api/v1/revocations/{id}/retry",
            ],
            paths);
    }
}
