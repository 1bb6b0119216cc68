namespace CredChain.Verifier.Networks;

internal static class NetworkServiceCollectionExtensions
{
    public static IServiceCollection AddTrustedNetworks(this IServiceCollection services)
    {
        services.AddSingleton<NetworkTrustList>();
        services.AddSingleton<ChainIdCheck>();
        services.AddHostedService(sp => sp.GetRequiredService<ChainIdCheck>());
        return services;
    }
}
