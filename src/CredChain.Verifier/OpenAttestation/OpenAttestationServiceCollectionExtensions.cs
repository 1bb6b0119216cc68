using CredChain.Core.OpenAttestation;
using CredChain.Verifier.Verification;

namespace CredChain.Verifier.OpenAttestation;

internal static class OpenAttestationServiceCollectionExtensions
{
    /// <summary>OpenAttestation v2 verification: the trust list's document stores, read from their networks.</summary>
    public static IServiceCollection AddOpenAttestation(this IServiceCollection services)
    {
        services.AddSingleton<DocumentStoreTrustList>();
        services.AddSingleton<IDocumentStoreStatus, ChainDocumentStoreStatus>();
        services.AddSingleton(sp => new OpenAttestationVerifier(sp.GetRequiredService<IDocumentStoreStatus>()));
        services.AddSingleton<OpenAttestationVerdictMapper>();
        services.AddSingleton<IDocumentFormatVerifier, OpenAttestationFormatVerifier>();
        return services;
    }
}
