using Microsoft.Extensions.Options;

namespace CredChain.Verifier.Publications;

internal static class PublicationServiceCollectionExtensions
{
    public static IServiceCollection AddPublications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PublicationOptions>().Bind(configuration.GetSection(PublicationOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<PublicationOptions>, PublicationOptionsValidator>();
        services.AddSingleton<PublisherAuth>();
        services.AddScoped<PublicationStore>();
        return services;
    }
}
