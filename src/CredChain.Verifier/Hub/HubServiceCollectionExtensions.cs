using Microsoft.Extensions.Options;

namespace CredChain.Verifier.Hub;

internal static class HubServiceCollectionExtensions
{
    /// <summary>The hub trust list (<c>Portal:Hubs</c>), the relay client and the hub-backed registry.</summary>
    public static IServiceCollection AddHubVerification(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HubTrustOptions>().Bind(configuration.GetSection("Portal")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<HubTrustOptions>, HubTrustOptionsValidator>();
        services.AddSingleton<HubTrustList>();
        services.AddHttpClient(RelayClient.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<RelayClient>();
        services.AddSingleton<HubAnchorRegistry>();
        services.AddSingleton<CompositeAnchorRegistry>();
        return services;
    }
}
