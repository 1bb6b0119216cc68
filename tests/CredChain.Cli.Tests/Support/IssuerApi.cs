using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CredChain.Testing.Polling;

namespace CredChain.Cli.Tests.Support;

/// <summary>The issuing service and the portal over plain HTTP, as a client of `up` would use them.</summary>
internal static class IssuerApi
{
    public static HttpClient Client(Uri baseAddress, string? token = null)
    {
        var client = new HttpClient { BaseAddress = baseAddress };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>Issues one credential and returns its anchored document.</summary>
    public static async Task<string> IssueAndWaitAsync(HttpClient issuer, string subjectJson)
    {
        var response = await issuer.PostAsync("/api/v1/credentials", new StringContent($$"""{"credentialSubject":{{subjectJson}}}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var anchored = await Eventually.GetAsync(
            () => issuer.GetFromJsonAsync<JsonElement>($"/api/v1/credentials/{id}"),
            c => c.GetProperty("state").GetString() == "anchored",
            $"credential {id} anchored");
        return anchored.GetProperty("document").GetRawText();
    }

    /// <summary>The portal's verdict status for a document.</summary>
    public static async Task<string> PortalStatusAsync(HttpClient portal, string document)
    {
        var response = await portal.PostAsync("/api/v1/verify", new StringContent(document, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString()!;
    }
}
