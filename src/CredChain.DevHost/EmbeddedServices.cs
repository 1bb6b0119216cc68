using System.Globalization;
using CredChain.Cli.Chain;
using CredChain.Cli.Dev;
using CredChain.Cli.Infrastructure;
using CredChain.Issuer;
using CredChain.Verifier;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CredChain.DevHost;

/// <summary>The issuing service and the portal, hosted in this process on loopback ports and configured for the dev chain.</summary>
internal sealed class EmbeddedServices : IAsyncDisposable
{
    private readonly List<WebApplication> _started = [];

    private EmbeddedServices(Uri issuerUrl, Uri portalUrl)
    {
        IssuerUrl = issuerUrl;
        PortalUrl = portalUrl;
    }

    public Uri IssuerUrl { get; }

    public Uri PortalUrl { get; }

    /// <summary>Cancelled when either host is asked to stop from inside (e.g. its own signal handling).</summary>
    public CancellationToken Stopping { get; private set; }

    public static async Task<EmbeddedServices> StartAsync(
        DataFolder data, Uri rpcUrl, DeploymentRecord contracts, string issuerAddress, int issuerPort, int portalPort, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string?>? portalExtra = null)
    {
        var services = new EmbeddedServices(Loopback(issuerPort), Loopback(portalPort));
        // The demo publishes every upload for its printed certificates' QR codes: a fresh publisher token per run, held
        // in memory only (the portal is given its hash), so nothing secret lands in the data folder.
        var publisherToken = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        try
        {
            // Development: the portal serves its css/js from the static web assets manifest next to this program.
            // The content root is the data folder, so no stray appsettings.json from the working directory applies.
            string[] args = ["--environment", "Development", "--contentRoot", data.Path];
            await services.StartAsync(
                "portal", () => PortalHost.Build(args, With(PortalSettings(data, rpcUrl, contracts, services.PortalUrl, publisherToken), portalExtra)), services.PortalUrl, cancellationToken).ConfigureAwait(false);
            await services.StartAsync(
                "issuing service", () => IssuerHost.Build(args, IssuerSettings(data, rpcUrl, contracts, issuerAddress, services.PortalUrl, publisherToken)), services.IssuerUrl, cancellationToken).ConfigureAwait(false);
            services.Stopping = CancellationTokenSource.CreateLinkedTokenSource(
                [.. services._started.Select(a => a.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping)]).Token;
            return services;
        }
        catch
        {
            await services.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Stops the issuing service first (it may be sending a transaction), then the portal.</summary>
    public async ValueTask DisposeAsync()
    {
        for (var i = _started.Count - 1; i >= 0; i--)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _started[i].StopAsync(timeout.Token).ConfigureAwait(false);
            await _started[i].DisposeAsync().ConfigureAwait(false);
        }

        _started.Clear();
    }

    private async Task StartAsync(string name, Func<WebApplication> build, Uri url, CancellationToken cancellationToken)
    {
        WebApplication? app = null;
        try
        {
            app = build();
            app.Urls.Clear();
            app.Urls.Add(url.ToString().TrimEnd('/'));
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            if (app is not null)
            {
                await app.DisposeAsync().ConfigureAwait(false);
            }

            if (ex is OperationCanceledException)
            {
                throw;
            }

            throw new CliException(
                $"the {name} did not start: {ex.GetType().Name}: {ex.Message} " +
                "(if the data folder was written by an older version of CredChain, delete it to start over)", ex);
        }

        _started.Add(app);
    }

    private static Dictionary<string, string?> With(Dictionary<string, string?> settings, IReadOnlyDictionary<string, string?>? extra)
    {
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    private static Uri Loopback(int port) => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));

    private static Dictionary<string, string?> Common() => new(StringComparer.OrdinalIgnoreCase)
    {
        // The terminal shows what `up` prints; the services only speak up when something is wrong.
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
    };

    private static Dictionary<string, string?> PortalSettings(DataFolder data, Uri rpcUrl, DeploymentRecord contracts, Uri portalUrl, string publisherToken)
    {
        var settings = Common();
        settings["Portal:PublicBaseUrl"] = portalUrl.ToString().TrimEnd('/');
        settings["Portal:Networks:0:Key"] = "dev";
        settings["Portal:Networks:0:NameZh"] = "本地开发链";
        settings["Portal:Networks:0:NameEn"] = "Local dev chain";
        settings["Portal:Networks:0:ChainId"] = contracts.ChainId.ToString(CultureInfo.InvariantCulture);
        settings["Portal:Networks:0:RpcUrl"] = rpcUrl.ToString().TrimEnd('/');
        settings["Portal:Networks:0:RegistryAddress"] = contracts.CredentialRegistry;
        settings["Portal:Networks:0:GovernanceAddress"] = contracts.IssuerRegistry;
        settings["Portal:Networks:0:DeploymentBlock"] = contracts.DeploymentBlock.ToString(CultureInfo.InvariantCulture);
        settings["Portal:Networks:0:DocumentStores:0:Address"] = DevDocumentStore.Address;
        settings["Portal:Networks:0:DocumentStores:0:NameZh"] = DevDocumentStore.NameZh;
        settings["Portal:Networks:0:DocumentStores:0:NameEn"] = DevDocumentStore.NameEn;
        settings["Portal:Networks:0:DocumentStores:0:DnsLocation"] = DevDocumentStore.DnsLocation;
        settings["Shares:Provider"] = "Sqlite";
        settings["Shares:ConnectionString"] = $"Data Source={data.PortalShares}";
        settings["Publications:Publishers:0:Name"] = "demo-issuing-service";
        settings["Publications:Publishers:0:TokenSha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(publisherToken)));
        return settings;
    }

    private static Dictionary<string, string?> IssuerSettings(DataFolder data, Uri rpcUrl, DeploymentRecord contracts, string issuerAddress, Uri portalUrl, string publisherToken)
    {
        var settings = Common();
        settings["Auth:Issuer"] = DevTokens.Issuer;
        settings["Auth:Audience"] = DevTokens.Audience;
        settings["Auth:SigningKeyFiles:0"] = DevSigningKey.PublicKeyPath(data.Path);
        settings["Storage:Provider"] = "Sqlite";
        settings["Storage:ConnectionString"] = $"Data Source={data.IssuerDatabase}";
        settings["Storage:MigrateOnStart"] = "true";
        settings["Chain:RpcUrl"] = rpcUrl.ToString().TrimEnd('/');
        settings["Chain:ChainId"] = contracts.ChainId.ToString(CultureInfo.InvariantCulture);
        settings["Chain:CredentialRegistryAddress"] = contracts.CredentialRegistry;
        settings["Issuer:Accounts:0:Name"] = DemoIssuer.NameEn;
        settings["Issuer:Accounts:0:Address"] = issuerAddress;
        settings["Issuer:Accounts:0:PrivateKeyEnv"] = DemoIssuer.KeyVariable;
        settings["Portal:BaseUrl"] = portalUrl.ToString().TrimEnd('/');
        settings["Publication:PortalToken"] = publisherToken;
        settings["Publication:PublishByDefault"] = "true";
        // Printed certificates need Debian's fonts-dejavu-core and fonts-droid-fallback; without them `up` still runs.
        settings["Certificates:Enabled"] = IssuerHost.CertificateFontsInstalled() ? "true" : "false";
        settings["Certificates:InstitutionZh"] = DemoIssuer.NameZh;
        settings["Certificates:InstitutionEn"] = DemoIssuer.NameEn;
        return settings;
    }
}
