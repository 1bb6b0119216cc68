using Microsoft.Extensions.Options;

namespace CredChain.Issuer.Certificates;

internal static class CertificateSetup
{
    public static IServiceCollection AddCertificates(this IServiceCollection services)
    {
        services.AddOptions<CertificateOptions>().BindConfiguration(CertificateOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<CertificateOptions>, CertificateOptionsValidator>();
        services.AddSingleton<CertificateRenderer>();
        services.AddSingleton<CertificateSource>();
        return services;
    }
}
