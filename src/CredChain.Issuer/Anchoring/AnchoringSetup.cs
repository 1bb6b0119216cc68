using CredChain.Issuer.Chain;

namespace CredChain.Issuer.Anchoring;

internal static class AnchoringSetup
{
    /// <summary>The chain gateway, the anchoring worker and what it owns: Merkle trees, proofs and anchored documents.</summary>
    public static IServiceCollection AddAnchoring(this IServiceCollection services)
    {
        services.AddOptions<ChainOptions>().BindConfiguration(ChainOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AnchoringOptions>().BindConfiguration(AnchoringOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

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
