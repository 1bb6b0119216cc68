using System.Reflection;
using CredChain.Cli.Tests.Support;

namespace CredChain.Cli.Tests.Deploy;

/// <summary>
/// Every environment variable docker-compose.yml gives the issuing service and the portal is a setting that
/// service binds (found by reflection over its options classes), and every setting they need is given.
/// </summary>
public sealed partial class ComposeEnvironmentTests
{
    /// <summary>Host settings ASP.NET Core reads itself, outside any options class.</summary>
    private static readonly string[] HostSettings = ["ASPNETCORE_ENVIRONMENT", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_URLS"];

    public static TheoryData<string, string> Services => new()
    {
        { "issuer", "CredChain.Issuer" },
        { "portal", "CredChain.Verifier" },
    };

    [Theory]
    [MemberData(nameof(Services))]
    public void ComposeEnvironment_EveryVariable_IsASettingTheServiceBinds(string service, string assembly)
    {
        var surface = ConfigurationSurface.Of(Assembly.Load(assembly));
        var environment = Environment(service);

        // A setting named "...Env" holds the name of another variable (a password kept out of configuration).
        var indirect = environment.Where(kv => kv.Key.EndsWith("Env", StringComparison.Ordinal)).Select(kv => kv.Value).ToHashSet();
        var unbound = environment.Keys
            .Where(name => !HostSettings.Contains(name) && !indirect.Contains(name) && !surface.Binds(ToKey(name)))
            .ToList();

        Assert.NotEmpty(surface.Sections);
        Assert.True(unbound.Count == 0, $"{service} is given variables it does not bind: {string.Join(", ", unbound)}");
        Assert.All(indirect, name => Assert.Contains(name, environment.Keys));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void ComposeEnvironment_GivesEverySettingWhoseDefaultFailsValidation(string service, string assembly)
    {
        var surface = ConfigurationSurface.Of(Assembly.Load(assembly));
        var given = Environment(service).Keys.Select(ToKey).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var missing = surface.MustBeGiven(given).Where(key => !given.Contains(key)).ToList();

        Assert.True(missing.Count == 0, $"{service} would fail its options validation at start: {string.Join(", ", missing)} not given.");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void ComposeEnvironment_EveryLiteralValue_PassesItsSettingsValidation(string service, string assembly)
    {
        // Values the file states itself (a literal, or the default of ${VAR:-default}); the rest come from .env, or
        // ($$VAR) from the entrypoint, which reads the deployment record at run time.
        var surface = ConfigurationSurface.Of(Assembly.Load(assembly));
        var refused = Environment(service)
            .Select(kv => (kv.Key, Value: DefaultOf().Replace(kv.Value, m => m.Groups[1].Value)))
            .Where(kv => !kv.Value.Contains('$', StringComparison.Ordinal) && !HostSettings.Contains(kv.Key))
            .Select(kv => (kv.Key, Refusal: surface.Refusal(ToKey(kv.Key), kv.Value)))
            .Where(kv => kv.Refusal is not null)
            .Select(kv => $"{kv.Key}: {kv.Refusal}")
            .ToList();

        Assert.True(refused.Count == 0, $"{service} would refuse these values at start: {string.Join("; ", refused)}");
    }

    [Fact]
    public void ComposeEnvironment_PortalTrustList_IsTheNetworkTheIssuerAnchorsOn()
    {
        var issuer = Environment("issuer");
        var portal = Environment("portal");

        Assert.Equal(issuer["Chain__RpcUrl"], portal["Portal__Networks__0__RpcUrl"]);
        Assert.Equal(issuer["Chain__ChainId"], portal["Portal__Networks__0__ChainId"]);
        Assert.Equal(issuer["Chain__CredentialRegistryAddress"], portal["Portal__Networks__0__RegistryAddress"]);
        Assert.Equal("http://rpcnode1:8545", issuer["Chain__RpcUrl"]);
    }

    private static IReadOnlyDictionary<string, string> Environment(string service) =>
        ComposeFile.Load(RepositoryRoot.Combine("docker-compose.yml")).Services[service].Environment;

    [System.Text.RegularExpressions.GeneratedRegex(@"\$\{[A-Z0-9_]+:-([^}]*)\}")]
    private static partial System.Text.RegularExpressions.Regex DefaultOf();

    private static string ToKey(string variable) => variable.Replace("__", ":", StringComparison.Ordinal);
}
