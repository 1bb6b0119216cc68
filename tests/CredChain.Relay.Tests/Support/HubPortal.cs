using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CredChain.Core.Documents;
using CredChain.Verifier;
using Microsoft.AspNetCore.Builder;

namespace CredChain.Relay.Tests.Support;

/// <summary>The verification portal on Kestrel whose trust list holds only the hub of <see cref="HubWorld"/> and the given relay.</summary>
public sealed class HubPortal : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _directory = Directory.CreateTempSubdirectory("credchain-hub-portal-").FullName;

    private HubPortal(HubWorld world, string relayUrl, string relayAccount)
    {
        var member = world.Member;
        _app = PortalHost.Build(["--urls", "http://127.0.0.1:0", "--environment", "Testing"], new Dictionary<string, string?>
        {
            ["Shares:ConnectionString"] = $"Data Source={Path.Combine(_directory, "shares.db")};Pooling=false",
            ["Portal:PublicBaseUrl"] = "https://verify.example.edu.cn",
            ["RateLimits:Enabled"] = "false",
            ["Portal:Hubs:0:Key"] = "cn-hub",
            ["Portal:Hubs:0:NameZh"] = "国家学历枢纽链",
            ["Portal:Hubs:0:NameEn"] = "National Credential Hub",
            ["Portal:Hubs:0:RpcUrl"] = world.Chains.Hub.RpcUrl.ToString(),
            ["Portal:Hubs:0:RegistryAddress"] = world.Hub.Address,
            ["Portal:Hubs:0:Relays:0:Url"] = relayUrl,
            ["Portal:Hubs:0:Relays:0:Account"] = relayAccount,
            ["Portal:Hubs:0:Members:0:NameZh"] = "示例大学链",
            ["Portal:Hubs:0:Members:0:NameEn"] = "Example University Chain",
            ["Portal:Hubs:0:Members:0:ChainId"] = member.ChainId.ToString(CultureInfo.InvariantCulture),
            ["Portal:Hubs:0:Members:0:RegistryAddress"] = member.Registry,
        });
    }

    public HttpClient Client { get; private set; } = null!;

    public static async Task<HubPortal> StartAsync(HubWorld world, string relayUrl, string? relayAccount = null)
    {
        var portal = new HubPortal(world, relayUrl, relayAccount ?? world.Relay.Address);
        portal.Client = new HttpClient { BaseAddress = new Uri(await portal._app.StartAndGetUrlAsync()) };
        return portal;
    }

    /// <summary>The verdict's status and every check as "kind:status:code".</summary>
    public async Task<(string Summary, JsonElement Verdict)> VerifyAsync(CredentialDocument document)
    {
        var response = await Client.PostAsync("/api/v1/verify", new StringContent(document.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        var verdict = await response.Content.ReadFromJsonAsync<JsonElement>();
        var checks = verdict.GetProperty("checks").EnumerateArray()
            .Select(c => $"{c.GetProperty("kind").GetString()}:{c.GetProperty("status").GetString()}:{c.GetProperty("code").GetString()}");
        return ($"{verdict.GetProperty("status").GetString()} | {string.Join(" | ", checks)}", verdict);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
