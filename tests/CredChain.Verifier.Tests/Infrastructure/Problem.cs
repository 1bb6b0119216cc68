using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CredChain.Core.Problems;

namespace CredChain.Verifier.Tests.Infrastructure;

/// <summary>The stable part of a ProblemDetails response (the trace id differs per request).</summary>
public sealed record Problem(int Status, string Title, string Code)
{
    public static async Task<Problem> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        var problem = new Problem(json.GetProperty("status").GetInt32(), json.GetProperty("title").GetString()!, json.GetProperty("code").GetString()!);
        Assert.Equal((int)response.StatusCode, problem.Status);
        Assert.False(string.IsNullOrEmpty(json.GetProperty("traceId").GetString()));
        Assert.NotNull(ProblemCatalogue.Find(problem.Code));
        return problem;
    }

    public static async Task AssertAsync(HttpResponseMessage response, HttpStatusCode status, string title, string code) =>
        Assert.Equal(new Problem((int)status, title, code), await ReadAsync(response));
}
