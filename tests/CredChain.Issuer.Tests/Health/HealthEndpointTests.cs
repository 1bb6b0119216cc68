using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CredChain.Issuer.Tests.Infrastructure;

namespace CredChain.Issuer.Tests.Health;

/// <summary>/health tells anyone healthy or unhealthy, and only an operator why (the chain here is unreachable: degraded).</summary>
public sealed class HealthEndpointTests : IAsyncLifetime
{
    private readonly IssuerApiFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(HttpClient client)
    {
        var response = await client.GetAsync("/health");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_Anonymous_WhileDegraded_SaysHealthyAndNothingElse()
    {
        using var client = _factory.CreateClient();

        Assert.Equal((HttpStatusCode.OK, """{"status":"Healthy"}"""), await GetAsync(client));
    }

    [Fact]
    public async Task Health_TokenWithoutTheOperatorRole_SaysHealthyAndNothingElse()
    {
        using var client = _factory.CreateClientFor([TestAccounts.AddressA], "registrar", "revoker", "auditor");

        Assert.Equal((HttpStatusCode.OK, """{"status":"Healthy"}"""), await GetAsync(client));
    }

    [Fact]
    public async Task Health_InvalidToken_IsAnsweredAsAnonymous()
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");

        Assert.Equal((HttpStatusCode.OK, """{"status":"Healthy"}"""), await GetAsync(client));
    }

    [Fact]
    public async Task Health_Operator_SeesEachCheckAndWhyTheChainIsDegraded()
    {
        using var client = _factory.CreateClientFor([], "operator");

        var json = await client.GetFromJsonAsync<JsonElement>("/health");

        var chain = json.GetProperty("checks").GetProperty("chain");
        Assert.Equal(
            ("Degraded", "Healthy", 0, "Degraded", "Chain node unreachable; credentials are accepted and will be anchored when it returns.", 1337),
            (json.GetProperty("status").GetString(),
             json.GetProperty("checks").GetProperty("database").GetProperty("status").GetString(),
             json.GetProperty("checks").GetProperty("database").GetProperty("pendingCredentials").GetInt32(),
             chain.GetProperty("status").GetString(),
             chain.GetProperty("description").GetString(),
             chain.GetProperty("expectedChainId").GetInt32()));
    }

    [Fact]
    public async Task Health_DatabaseGone_Anonymous503SaysUnhealthyOnly_OperatorSeesTheDatabaseCheck()
    {
        using var anonymous = _factory.CreateClient();
        using var operatorClient = _factory.CreateClientFor([], "operator");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);

        // Pooling is off: the next query opens the path afresh and finds an empty database without the service's tables.
        File.Delete(Path.Combine(_factory.DataDirectory, "issuer.db"));
        var anonymousAnswer = await GetAsync(anonymous);
        var operatorAnswer = await operatorClient.GetAsync("/health");
        var details = await operatorAnswer.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal((HttpStatusCode.ServiceUnavailable, """{"status":"Unhealthy"}"""), anonymousAnswer);
        Assert.Equal(
            (HttpStatusCode.ServiceUnavailable, "Unhealthy", "Unhealthy", "Database unreachable."),
            (operatorAnswer.StatusCode,
             details.GetProperty("status").GetString(),
             details.GetProperty("checks").GetProperty("database").GetProperty("status").GetString(),
             details.GetProperty("checks").GetProperty("database").GetProperty("description").GetString()));
    }
}
