using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CredChain.Testing.Polling;

namespace CredChain.Issuer.Tests.Infrastructure;

/// <summary>The issuing service's API as the drills use it, over any HttpClient (in-process or a child process).</summary>
public sealed class ServiceClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public async Task<Guid> IssueAsync(string name, string issuer)
    {
        var body = $$$"""{"issuer":"{{{issuer}}}","credentialSubject":{"name":"{{{name}}}"}}""";
        using var response = await Http.PostAsync("/api/v1/credentials", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Uploads <paramref name="rows"/> credentials as one NDJSON batch and returns the batch id.</summary>
    public async Task<Guid> UploadAsync(int rows, string tag, string issuer)
    {
        var lines = string.Join('\n', Enumerable.Range(1, rows).Select(i => $$$"""{"credentialSubject":{"id":"urn:{{{tag}}}:{{{i}}}","name":"{{{tag}}} {{{i}}}"}}"""));
        using var response = await Http.PostAsync($"/api/v1/batches?issuer={issuer}", new StringContent(lines, Encoding.UTF8, "application/x-ndjson"));
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public Task<HttpResponseMessage> RevokeAsync(Guid credentialId, int reason) =>
        Http.PostAsJsonAsync($"/api/v1/credentials/{credentialId}/revoke", new { reason });

    public Task<HttpResponseMessage> RetryBatchAsync(Guid batchId) => Http.PostAsync($"/api/v1/batches/{batchId}/retry", null);

    public Task<JsonElement> BatchAsync(Guid id) => Http.GetFromJsonAsync<JsonElement>($"/api/v1/batches/{id}");

    public Task<JsonElement> CredentialAsync(Guid id) => Http.GetFromJsonAsync<JsonElement>($"/api/v1/credentials/{id}");

    public Task<JsonElement> RevocationAsync(Guid id) => Http.GetFromJsonAsync<JsonElement>($"/api/v1/revocations/{id}");

    /// <summary>The ids of a batch's credentials, read from its documents.</summary>
    public async Task<IReadOnlyList<Guid>> MembersAsync(Guid batchId)
    {
        var ndjson = await Http.GetStringAsync($"/api/v1/batches/{batchId}/credentials");
        return [.. ndjson.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => Guid.Parse(JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!["urn:uuid:".Length..]))];
    }

    public Task<JsonElement> WaitForBatchAsync(Guid id, string state, int timeoutSeconds = 60) =>
        Eventually.GetAsync(() => BatchAsync(id), b => b.GetProperty("state").GetString() == state, $"batch {id} {state}", TimeSpan.FromSeconds(timeoutSeconds));

    public Task<JsonElement> WaitForCredentialAsync(Guid id, string state, int timeoutSeconds = 60) =>
        Eventually.GetAsync(() => CredentialAsync(id), c => c.GetProperty("state").GetString() == state, $"credential {id} {state}", TimeSpan.FromSeconds(timeoutSeconds));

    public Task<JsonElement> WaitForRevocationAsync(Guid id, string state, int timeoutSeconds = 60) =>
        Eventually.GetAsync(() => RevocationAsync(id), r => r.GetProperty("state").GetString() == state, $"revocation {id} {state}", TimeSpan.FromSeconds(timeoutSeconds));
}
