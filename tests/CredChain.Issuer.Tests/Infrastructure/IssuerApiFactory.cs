using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CredChain.Issuer.Tests.Infrastructure;

/// <summary>The service in-process on a fresh SQLite file in its own temp folder, trusting <see cref="Tokens"/>.</summary>
public sealed class IssuerApiFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <summary>Environment variables holding the anvil dev keys the service's accounts are configured to read.</summary>
    public const string KeyVariableA = "CREDCHAIN_TEST_ISSUER_KEY_A";
    public const string KeyVariableB = "CREDCHAIN_TEST_ISSUER_KEY_B";

    /// <summary>Nothing listens here: without a dev node the chain is unreachable, which the service must tolerate.</summary>
    public const string UnreachableRpcUrl = "http://127.0.0.1:9";

    /// <param name="settings">Configuration over the defaults (an <c>Issuer:Accounts:</c> key replaces the default accounts).</param>
    /// <param name="services">Service replacements applied after the host's own registrations (e.g. a fault injector).</param>
    public IssuerApiFactory(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        Environment.SetEnvironmentVariable(KeyVariableA, TestAccounts.KeyA);
        Environment.SetEnvironmentVariable(KeyVariableB, TestAccounts.KeyB);
        Directory.CreateDirectory(DataDirectory);
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Auth:Issuer"] = TestTokens.Issuer,
            ["Auth:Audience"] = TestTokens.Audience,
            ["Auth:SigningKeys:0"] = Tokens.PublicKeyPem,
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(DataDirectory, "issuer.db")};Pooling=False",
            ["Portal:BaseUrl"] = "https://verify.example.test",
            ["Chain:RpcUrl"] = UnreachableRpcUrl,
            ["Chain:ChainId"] = "1337",
            ["Chain:CredentialRegistryAddress"] = "0x5fbdb2315678afecb367f032d93f642f64180aa3",
            // The default accounts sign with anvil's public dev keys, which the Testing environment refuses unless told.
            ["Chain:AllowExampleKeys"] = "true",
            ["Issuer:Accounts:0:Name"] = "Test University A",
            ["Issuer:Accounts:0:PrivateKeyEnv"] = KeyVariableA,
            ["Issuer:Accounts:1:Name"] = "Test Training Centre B",
            ["Issuer:Accounts:1:PrivateKeyEnv"] = KeyVariableB,
            ["Anchoring:InitialBackoff"] = "00:00:00.200",
            ["Anchoring:MaxBackoff"] = "00:00:01",
        };
        if (settings?.Keys.Any(k => k.StartsWith("Issuer:Accounts:", StringComparison.OrdinalIgnoreCase)) == true)
        {
            foreach (var key in _settings.Keys.Where(k => k.StartsWith("Issuer:Accounts:", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                _settings.Remove(key);
            }
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public TestTokens Tokens { get; } = new();

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "credchain-issuer-tests", Guid.NewGuid().ToString("N"));

    public HttpClient CreateClientFor(IEnumerable<string> accounts, params string[] roles)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.Mint(accounts, roles));
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Tokens.Dispose();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a closing connection; the temp folder is cleaned by the OS.
            }
        }
    }
}
