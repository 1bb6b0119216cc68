using System.Text.Json;
using System.Text.Json.Serialization;
using CredChain.Issuer.Accounts;
using CredChain.Issuer.Anchoring;
using CredChain.Issuer.Auth;
using CredChain.Issuer.Batches;
using CredChain.Issuer.Credentials;
using CredChain.Issuer.Errors;
using CredChain.Issuer.Health;
using CredChain.Issuer.Publications;
using CredChain.Issuer.Certificates;
using CredChain.Issuer.Qr;
using CredChain.Issuer.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CredChain.Issuer;

/// <summary>
/// The issuing service's composition root, public so that another process can host it: <c>Program.cs</c> runs it on
/// its own, and <c>credchain up</c> runs it in-process next to the portal.
/// </summary>
public static class IssuerHost
{
    /// <summary>Whether the font files printed certificates use by default are installed (Debian: fonts-dejavu-core, fonts-droid-fallback).</summary>
    public static bool CertificateFontsInstalled()
    {
        var defaults = new CertificateOptions();
        return File.Exists(defaults.LatinFontFile) && File.Exists(defaults.LatinBoldFontFile) && File.Exists(defaults.CjkFontFile);
    }

    /// <summary>Builds the service, ready to run.</summary>
    /// <param name="args">Command-line arguments (configuration and host settings such as <c>--urls</c>).</param>
    /// <param name="settings">Configuration that overrides every other source (appsettings, environment, arguments).</param>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? settings = null)
    {
        // The application name is this assembly whoever hosts it, so that its parts (endpoints, resources) are found.
        // Configuration is read once at start: reloading on change would put a recursive file watcher on the content
        // root (the working directory, which holds ./data/), and every SQLite write would then wake it — about a tenth
        // of the service's CPU during a bulk upload. An explicit argument still overrides this.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = ["--hostBuilder:reloadConfigOnChange=false", .. args],
            ApplicationName = typeof(IssuerHost).Assembly.GetName().Name,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddIssuerProblemDetails();
        builder.Services.AddIssuerAuth(builder.Configuration);
        builder.Services.AddIssuerStorage(builder.Configuration);
        builder.Services.AddIssuerAccounts();
        builder.Services.AddCredentialIssuing();
        builder.Services.AddBatchUploads();
        builder.Services.AddAnchoring();
        builder.Services.AddPublication();
        builder.Services.AddCertificates();
        builder.Services.AddOptions<PortalLinkOptions>().BindConfiguration(PortalLinkOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<ChainHealthCheck>("chain");
        builder.Services.AddOpenApi();

        var app = builder.Build();

        // Load issuer keys now, so a missing key or password fails the start instead of the first request.
        app.Services.GetRequiredService<IssuerAccountRegistry>();

        app.UseIssuerProblemDetails();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapOpenApi();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync });
        app.MapCredentialsApi();
        app.MapBatchesApi();
        app.MapRevocationsApi();
        app.MapQrApi();
        app.MapCredentialPublicationApi();
        app.MapCertificatesApi();
        return app;
    }
}
