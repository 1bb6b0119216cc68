using System.Security.Cryptography;
using CredChain.Core.Issuing;
using CredChain.Issuer.Accounts;
using CredChain.Issuer.Batches;
using CredChain.Issuer.Credentials;

namespace CredChain.Issuer.Anchoring;

internal static class AnchoringSetup
{
    /// <summary>Accounts, credential building, the chain gateway and the anchoring worker.</summary>
    public static IServiceCollection AddIssuing(this IServiceCollection services)
    {
        services.AddOptions<ChainOptions>().BindConfiguration(ChainOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AnchoringOptions>().BindConfiguration(AnchoringOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IssuerOptions>().BindConfiguration(IssuerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton<IssuerAccountRegistry>();
        services.AddSingleton(sp => new CredentialFactory(sp.GetRequiredService<TimeProvider>(), RandomNumberGenerator.Create()));
        services.AddSingleton<CredentialBuilder>();
        services.AddSingleton<BatchImporter>();
        services.AddSingleton<MerkleTreeCache>();
        services.AddSingleton<AnchoredDocuments>();

        services.AddSingleton<ChainGateway>();
        services.AddSingleton<ChainStatus>();
        services.AddSingleton<AnchoringSignal>();
        services.AddSingleton<BatchCloser>();
        services.AddSingleton<BatchAnchorer>();
        services.AddSingleton<RevocationSender>();
        services.AddSingleton<WorkFailures>();
        services.AddSingleton<LaneRound>();
        services.AddSingleton<OrphanedWorkSweeper>();
        services.AddSingleton<IFaultInjector>(CrashDrillFaultInjector.FromEnvironment() is { } point
            ? new CrashDrillFaultInjector(point)
            : new NoFaultInjector());
        services.AddHostedService<AnchoringWorker>();
        return services;
    }
}
