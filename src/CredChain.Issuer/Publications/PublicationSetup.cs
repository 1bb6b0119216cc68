namespace CredChain.Issuer.Publications;

internal static class PublicationSetup
{
    public static IServiceCollection AddPublication(this IServiceCollection services)
    {
        services.AddOptions<PublishingOptions>().BindConfiguration(PublishingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient<PortalPublisherClient>((sp, http) =>
            http.Timeout = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<PublishingOptions>>().Value.RequestTimeout);
        services.AddScoped<CertificatePublisher>();
        services.AddSingleton<BatchPublicationRequests>();
        services.AddHostedService<PublicationWorker>();
        return services;
    }
}
