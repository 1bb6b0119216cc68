using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using CredChain.Core.Documents;
using CredChain.Verifier.Indexing;
using CredChain.Verifier.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CredChain.Verifier.Tests.Chain;

/// <summary>Calls the portal's verify API and waits for its event index, for the chain tests.</summary>
public static class PortalClient
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    public static Task<HttpResponseMessage> PostVerifyAsync(this HttpClient client, string json) =>
        client.PostAsync("/api/v1/verify", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    public static async Task<JsonElement> VerifyAsync(this HttpClient client, string json)
    {
        var response = await client.PostVerifyAsync(json);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<JsonElement> VerifyAsync(this HttpClient client, CredentialDocument document) => client.VerifyAsync(document.ToJsonString());

    /// <summary>The status and every check as "kind:status:code", the shape most assertions compare whole.</summary>
    public static VerdictSummary Summary(this JsonElement verdict) =>
        new(verdict.GetProperty("status").GetString()!,
            string.Join(" | ", verdict.GetProperty("checks").EnumerateArray()
                .Select(c => $"{c.GetProperty("kind").GetString()}:{c.GetProperty("status").GetString()}:{c.GetProperty("code").GetString()}")));

    /// <summary>Waits (bounded) until the portal's index of <paramref name="network"/> has applied <paramref name="block"/>.</summary>
    public static async Task WaitForIndexAsync(this PortalFactory portal, DevNetwork network, long block)
    {
        var indexes = portal.Services.GetRequiredService<NetworkIndexes>();
        var index = indexes.All.Single(i => i.Network.Key == network.Key);
        for (var i = 0; i < 300 && (index.IndexedTo?.Number ?? -1) < block; i++)
        {
            await Task.Delay(50);
        }

        Assert.True(index.IndexedTo?.Number >= block, $"The index of {network.Key} did not reach block {block}; it is at {index.IndexedTo?.Number}.");
    }
}
