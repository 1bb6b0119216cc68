using System.Text;
using CredChain.Verifier;

namespace CredChain.EndToEnd.Tests.Infrastructure;

/// <summary>The real portal (<see cref="PortalHost"/>) on a loopback port, trusting the given networks; verified over HTTP.</summary>
public sealed class PortalService : IAsyncDisposable
{
    private readonly HostedApp _app;

    private PortalService(HostedApp app)
    {
        _app = app;
        // One client shared by every test and every concurrent POST of the corpus.
        Client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 16 }) { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri BaseAddress => _app.BaseAddress;

    public HttpClient Client { get; }

    public static async Task<PortalService> StartAsync(IReadOnlyList<DevChain> trusted, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var app = await HostedApp.StartAsync("portal", (args, folder) =>
        {
            var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
            {
                ["Logging:LogLevel:Default"] = "Warning",
                ["Portal:PublicBaseUrl"] = "http://127.0.0.1",
                ["Shares:Provider"] = "Sqlite",
                ["Shares:ConnectionString"] = $"Data Source={Path.Combine(folder, "shares.db")};Pooling=False",
                // Ten thousand verifications from one address: the limiter is not what these tests are about.
                ["RateLimits:Enabled"] = "false",
                ["Index:PollInterval"] = "00:00:00.100",
            };
            for (var i = 0; i < trusted.Count; i++)
            {
                foreach (var (key, value) in trusted[i].PortalSettings(i))
                {
                    settings[key] = value;
                }
            }

            foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
            {
                settings[key] = value;
            }

            return PortalHost.Build(args, settings);
        });
        return new PortalService(app);
    }

    public Task<VerifyOutcome> VerifyAsync(string json, CancellationToken cancellationToken = default) =>
        VerifyAsync(Encoding.UTF8.GetBytes(json), cancellationToken);

    /// <summary><c>POST /api/v1/verify</c> with exactly these bytes.</summary>
    public async Task<VerifyOutcome> VerifyAsync(byte[] body, CancellationToken cancellationToken = default)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var response = await Client.PostAsync("/api/v1/verify", content, cancellationToken);
        return VerifyOutcome.Read((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
