namespace CredChain.Issuer.Accounts;

internal static class AccountsSetup
{
    /// <summary>The issuer accounts and their signing keys.</summary>
    public static IServiceCollection AddIssuerAccounts(this IServiceCollection services)
    {
        services.AddOptions<IssuerOptions>().BindConfiguration(IssuerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IssuerAccountRegistry>();
        return services;
    }
}
