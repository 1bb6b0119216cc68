using System.Net.Http.Json;
using System.Text.Json;
using CredChain.Core.Problems;
using CredChain.Relay.Tests.Support;

namespace CredChain.Relay.Tests.Api;

/// <summary>The relay answers errors in the hosts' one ProblemDetails shape, with codes from the catalogue.</summary>
[Collection(TwoChains.Name)]
public sealed class RelayProblemTests(TwoChainsFixture chains)
{
    private const string Zero40 = "0x0000000000000000000000000000000000000001";

    [Fact]
    public async Task Errors_AreProblemDetailsWithACatalogueCodeAndATraceId()
    {
        await using var world = await HubWorld.CreateAsync(chains);
        using var client = new HttpClient { BaseAddress = new Uri(await world.Host.StartAndGetUrlAsync()) };
        var member = $"/api/v1/checkpoints/members/{world.Member.ChainId}/{world.Member.Registry}";

        var answers = new List<(int, string, string)>();
        foreach (var path in new[] { $"/api/v1/checkpoints/members/1/{Zero40}/", $"{member}/accreditations/not-hex", $"{member}/", "/api/v1/nothing-here" })
        {
            answers.Add(await ReadAsync(await client.GetAsync(path)));
        }

        Assert.Equal(
            [(404, "unknown-member", "Unknown member network"), (400, "invalid-parameter", "Invalid parameter"), (404, "no-checkpoint", "No checkpoint yet"), (404, "not_found", "Not Found")],
            answers);
    }

    private static async Task<(int Status, string Code, string Title)> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        var code = json.GetProperty("code").GetString()!;
        Assert.Equal((int)response.StatusCode, json.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("traceId").GetString()));
        Assert.NotNull(ProblemCatalogue.Find(code));
        return ((int)response.StatusCode, code, json.GetProperty("title").GetString()!);
    }
}
