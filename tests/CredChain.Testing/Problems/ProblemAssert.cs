using System.Net;
using System.Text.Json;
using Xunit;

namespace CredChain.Testing.Problems;

/// <summary>
/// The one check every test project makes of an RFC 7807 answer: the HTTP status, the media type
/// <c>application/problem+json</c>, the body's <c>status</c> equal to the HTTP one, a non-empty <c>title</c> and the stable
/// <c>code</c>. The code is a plain string, so the helper does not depend on any host's catalogue.
/// </summary>
public static class ProblemAssert
{
    public const string MediaType = "application/problem+json";

    /// <summary>Asserts the response is a problem with this status and code; returns its JSON for further checks.</summary>
    public static Task<JsonElement> HasAsync(HttpResponseMessage response, int status, string code) =>
        HasAsync(response, (HttpStatusCode)status, code);

    /// <summary>Asserts the response is a problem with this status and code; returns its JSON for further checks.</summary>
    public static async Task<JsonElement> HasAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.True(response.Content.Headers.ContentType?.MediaType == MediaType, $"Expected {MediaType}, got {response.Content.Headers.ContentType}: {body}");
        var json = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal(((int)status, code), (json.GetProperty("status").GetInt32(), json.GetProperty("code").GetString()));
        Assert.False(string.IsNullOrEmpty(json.GetProperty("title").GetString()), "The problem has no title: " + body);
        return json;
    }

    /// <summary>As <see cref="HasAsync(HttpResponseMessage, HttpStatusCode, string)"/>, and the title is exactly <paramref name="title"/>.</summary>
    public static async Task<JsonElement> HasAsync(HttpResponseMessage response, HttpStatusCode status, string code, string title)
    {
        var json = await HasAsync(response, status, code).ConfigureAwait(false);
        Assert.Equal(title, json.GetProperty("title").GetString());
        return json;
    }
}
