using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CredChain.Issuer;

namespace CredChain.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One instance of the real issuing service (<see cref="IssuerHost"/>) on a loopback port, with its own SQLite file,
/// signing for one or more accredited accounts of one network; callers go through its HTTP API with a bearer token.
/// </summary>
public sealed class IssuingService : IAsyncDisposable
{
    private readonly HostedApp _app;
    private readonly TestTokens _tokens;
    private readonly Dictionary<string, HttpClient> _clients;

    private IssuingService(HostedApp app, TestTokens tokens, IReadOnlyList<IssuerIdentity> accounts)
    {
        _app = app;
        _tokens = tokens;
        _clients = accounts.ToDictionary(a => a.Address, a => Client(app.BaseAddress, tokens.Mint(a.Address)));
    }

    public Uri BaseAddress => _app.BaseAddress;

    public static async Task<IssuingService> StartAsync(string name, DevChain chain, IReadOnlyList<IssuerIdentity> accounts, Uri portal, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var tokens = new TestTokens();
        foreach (var account in accounts)
        {
            Environment.SetEnvironmentVariable(account.KeyVariable, account.Account.PrivateKey);
        }

        var app = await HostedApp.StartAsync(name, (args, folder) => IssuerHost.Build(args, Settings(chain, accounts, tokens, folder, portal, extra)));
        return new IssuingService(app, tokens, accounts);
    }

    private static Dictionary<string, string?> Settings(DevChain chain, IReadOnlyList<IssuerIdentity> accounts, TestTokens tokens, string folder, Uri portal, IReadOnlyDictionary<string, string?>? extra)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Auth:Issuer"] = TestTokens.Issuer,
            ["Auth:Audience"] = TestTokens.Audience,
            ["Auth:SigningKeys:0"] = tokens.PublicKeyPem,
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(folder, "issuer.db")};Pooling=False",
            ["Storage:MigrateOnStart"] = "true",
            ["Portal:BaseUrl"] = portal.ToString().TrimEnd('/'),
            ["Chain:RpcUrl"] = chain.Node.RpcUrl.ToString(),
            ["Chain:ChainId"] = chain.ChainId.ToString(CultureInfo.InvariantCulture),
            ["Chain:CredentialRegistryAddress"] = chain.Deployment.CredentialRegistryAddress,
            ["Chain:ReceiptPollingInterval"] = "00:00:00.050",
            ["Anchoring:BatchWindow"] = "00:00:00.500",
            ["Anchoring:IdlePoll"] = "00:00:00.100",
        };
        for (var i = 0; i < accounts.Count; i++)
        {
            settings[$"Issuer:Accounts:{i}:Name"] = accounts[i].Name;
            settings[$"Issuer:Accounts:{i}:Address"] = accounts[i].Address;
            settings[$"Issuer:Accounts:{i}:PrivateKeyEnv"] = accounts[i].KeyVariable;
        }

        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary><c>POST /api/v1/credentials</c> for <paramref name="issuer"/>: the raw response (202 or a ProblemDetails).</summary>
    public Task<HttpResponseMessage> PostCredentialAsync(IssuerIdentity issuer, string requestJson) =>
        ClientFor(issuer).PostAsync("/api/v1/credentials", new StringContent(requestJson, Encoding.UTF8, "application/json"));

    /// <summary>Issues one credential and returns its id (the request must be accepted).</summary>
    public async Task<Guid> IssueAsync(IssuerIdentity issuer, string requestJson)
    {
        using var response = await PostCredentialAsync(issuer, requestJson);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"Issuing was refused ({(int)response.StatusCode}): {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>Uploads NDJSON lines as one batch (<c>POST /api/v1/batches</c>) and returns the batch id.</summary>
    public async Task<Guid> UploadAsync(IssuerIdentity issuer, IEnumerable<string> requestLines)
    {
        using var response = await PostUploadAsync(issuer, requestLines);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"The upload was refused ({(int)response.StatusCode}): {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    /// <summary><c>POST /api/v1/batches</c> with NDJSON lines for <paramref name="issuer"/>: the raw response.</summary>
    public async Task<HttpResponseMessage> PostUploadAsync(IssuerIdentity issuer, IEnumerable<string> requestLines)
    {
        using var content = new StringContent(string.Join('\n', requestLines), Encoding.UTF8, "application/x-ndjson");
        return await ClientFor(issuer).PostAsync("/api/v1/batches", content);
    }

    /// <summary>The ids of a batch's credentials, from its NDJSON listing.</summary>
    public async Task<IReadOnlyList<Guid>> BatchCredentialIdsAsync(IssuerIdentity issuer, Guid batchId)
    {
        var ndjson = await ClientFor(issuer).GetStringAsync($"/api/v1/batches/{batchId}/credentials");
        return [.. ndjson.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => Guid.Parse(JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!["urn:uuid:".Length..], CultureInfo.InvariantCulture))];
    }

    /// <summary>
    /// Waits (bounded: a hang guard, not a timing assertion) until the credential is anchored, then returns
    /// <c>GET /api/v1/credentials/{id}</c>'s document exactly as the API wrote it, with its batch id.
    /// </summary>
    public async Task<(string Document, Guid BatchId)> WaitForAnchoredAsync(IssuerIdentity issuer, Guid id)
    {
        var client = ClientFor(issuer);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        string last = "";
        while (!timeout.IsCancellationRequested)
        {
            last = await client.GetStringAsync($"/api/v1/credentials/{id}", timeout.Token);
            var state = JsonDocument.Parse(last).RootElement;
            if (state.GetProperty("state").GetString() == "anchored")
            {
                return (state.GetProperty("document").GetRawText(), state.GetProperty("batchId").GetGuid());
            }

            await Task.Delay(100, timeout.Token);
        }

        throw new TimeoutException($"Credential {id} was not anchored; last answer: {last}");
    }

    /// <summary>The API client acting for <paramref name="issuer"/> (a token with every role for its account).</summary>
    public HttpClient ClientFor(IssuerIdentity issuer) => _clients[issuer.Address];

    private static HttpClient Client(Uri baseAddress, string token)
    {
        var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await _app.DisposeAsync();
        _tokens.Dispose();
    }
}
