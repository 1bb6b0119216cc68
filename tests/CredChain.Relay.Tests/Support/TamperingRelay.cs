using System.Net.Http.Json;
using System.Text.Json;
using CredChain.Ethereum.Hub.Proofs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace CredChain.Relay.Tests.Support;

/// <summary>
/// A dishonest relay: it answers every proof request with the real relay's answer passed through
/// a tampering function (forging a field, replaying a proof under another checkpoint...).
/// </summary>
public sealed class TamperingRelay : IAsyncDisposable
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);
    private readonly WebApplication _app;
    private readonly HttpClient _honest;

    private TamperingRelay(string honestUrl, Func<HubProofBundle, HubProofBundle> tamper)
    {
        _honest = new HttpClient { BaseAddress = new Uri(honestUrl) };
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapGet("/{**path}", async (HttpContext context, string path) =>
        {
            var bundle = await _honest.GetFromJsonAsync<HubProofBundle>(path, _json);
            return Results.Json(tamper(bundle!), _json);
        });
    }

    public string Url { get; private set; } = "";

    public static async Task<TamperingRelay> StartAsync(string honestUrl, Func<HubProofBundle, HubProofBundle> tamper)
    {
        var relay = new TamperingRelay(honestUrl, tamper);
        relay.Url = await relay._app.StartAndGetUrlAsync();
        return relay;
    }

    public async ValueTask DisposeAsync()
    {
        _honest.Dispose();
        await _app.DisposeAsync();
    }
}
