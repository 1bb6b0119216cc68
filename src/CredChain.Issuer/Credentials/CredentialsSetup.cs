using CredChain.Core.Issuing;
using CredChain.Issuer.Import;

namespace CredChain.Issuer.Credentials;

internal static class CredentialsSetup
{
    /// <summary>Building credentials through Core, the single-credential use cases, and the request limits every upload shares.</summary>
    public static IServiceCollection AddCredentialIssuing(this IServiceCollection services)
    {
        services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new CredentialFactory(sp.GetRequiredService<TimeProvider>(), new BufferedRandomNumberGenerator()));
        services.AddSingleton<CredentialBuilder>();
        services.AddScoped<IssueCredentialService>();
        services.AddScoped<ReadCredentialService>();
        services.AddScoped<RevokeCredentialService>();
        return services;
    }
}
