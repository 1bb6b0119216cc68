using CredChain.Core.Verification;
using CredChain.Verifier.Hub;
using CredChain.Verifier.Indexing;

namespace CredChain.Verifier.Verification;

internal static class VerificationServiceCollectionExtensions
{
    public static IServiceCollection AddVerification(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IndexOptions>().Bind(configuration.GetSection(IndexOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<NetworkIndexes>();
        services.AddSingleton<ChainAnchorRegistry>();
        services.AddHubVerification(configuration);
        services.AddSingleton<IAnchorRegistry>(sp => sp.GetRequiredService<CompositeAnchorRegistry>());
        services.AddHostedService<NetworkIndexer>();
        services.AddSingleton(sp => new CredentialVerifier(sp.GetRequiredService<IAnchorRegistry>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<VerdictText>();
        services.AddSingleton<VerdictMapper>();
        services.AddSingleton<VerificationService>();
        services.AddSingleton<VerdictJsonWriter>();
        return services;
    }
}
