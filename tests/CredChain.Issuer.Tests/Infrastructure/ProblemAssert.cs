using System.Net;
using System.Text.Json;
using CredChain.Core.Problems;

namespace CredChain.Issuer.Tests.Infrastructure;

public static class ProblemAssert
{
    /// <summary>Asserts the response is an RFC 7807 problem with this status and code (one of the catalogue's) and a trace id, and returns its JSON.</summary>
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, json.GetProperty("status").GetInt32());
        Assert.Equal(code, json.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(json.GetProperty("traceId").GetString()));
        Assert.NotNull(ProblemCatalogue.Find(code));
        return json;
    }
}
