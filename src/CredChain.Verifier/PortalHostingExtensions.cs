using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using CredChain.Core.Problems;
using CredChain.Hosting.Problems;
using CredChain.Verifier.Hosting;
using CredChain.Verifier.Networks;
using CredChain.Verifier.OpenAttestation;
using CredChain.Verifier.Publications;
using CredChain.Verifier.Qr;
using CredChain.Verifier.Shares;
using CredChain.Verifier.Verification;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace CredChain.Verifier;

/// <summary>The portal's composition root, kept out of Program.cs so that it reads as a table of contents.</summary>
internal static class PortalHostingExtensions
{
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        // Outside Development too, resolve static assets (and their pre-compressed variants) from the build output's
        // manifest; without it a run from bin/ serves empty gzip responses. Published output ships the files itself.
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddOptions<PortalOptions>().Bind(configuration.GetSection(PortalOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<PortalOptions>, PortalOptionsValidator>();
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);

        services.AddCredChainProblemDetails(ProblemDialect.Portal);
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<Indexing.NetworkIndexHealthCheck>("networks");
        services.AddPortalRateLimiting();
        services.AddOptions<HstsOptions>().Configure<IOptions<PortalOptions>>((hsts, portal) =>
        {
            hsts.MaxAge = portal.Value.HstsMaxAge;
            hsts.IncludeSubDomains = true;
            hsts.Preload = portal.Value.HstsPreload;
        });
        services.AddMemoryCache(o => o.SizeLimit = 10_000);
        services.AddSingleton<QrImageRenderer>();

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("en");
            o.SupportedCultures = LanguageSwitch.SupportedCultures;
            o.SupportedUICultures = LanguageSwitch.SupportedCultures;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        services.AddRazorPages().AddViewLocalization();
        // Write Chinese as characters, not &#x...; entities (still HTML-encoded for <, >, &, quotes).
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        services.AddShareStore(configuration, builder.Environment);
        services.AddPublications(configuration);
        services.AddTrustedNetworks();
        services.AddVerification(configuration);
        services.AddOpenAttestation();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            // application/json is never embedded in HTML here: keep Chinese readable and the verdict small.
            o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        return builder;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<PortalOptions>>().Value.TrustedProxies is { Count: > 0 } proxies)
        {
            app.UseForwardedHeaders(ForwardedFrom(proxies));
        }

        if (!app.Environment.IsDevelopment())
        {
            // On HTTPS responses only (as received, or as forwarded by a trusted proxy), and never for localhost.
            app.UseHsts();
        }

        app.UseCredChainExceptionHandler();
        app.UseSecurityHeaders();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages =>
        {
            pages.UseStatusCodePagesWithReExecute("/error/{0}");
            // Only pages speak the visitor's language; the API answers in zh and en at once, so it skips the
            // Accept-Language, cookie and query parsing on every call.
            pages.UseRequestLocalization();
        });
        app.UseRouting();
        if (app.Services.GetRequiredService<IOptions<RateLimitOptions>>().Value.Enabled)
        {
            // Off (load benchmarks only), the middleware would still resolve a no-op partition per request.
            app.UseRateLimiter();
        }

        app.UseAntiforgery();
        return app;
    }

    /// <summary>The client address and scheme from the nearest trusted proxy's headers; a proxy not listed is not believed.</summary>
    private static ForwardedHeadersOptions ForwardedFrom(List<string> proxies)
    {
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, ForwardLimit = 1 };
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        foreach (var proxy in proxies)
        {
            if (System.Net.IPAddress.TryParse(proxy, out var address))
            {
                options.KnownProxies.Add(address);
            }
            else
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
            }
        }

        return options;
    }

    public static WebApplication MapPortal(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapOpenApi();
        app.MapPortalHealth();
        app.MapVerifyApi();
        app.MapSharesApi();
        app.MapPublicationsApi();
        app.MapHolderWithdrawalApi();
        app.MapQrApi();
        app.MapLanguageSwitch();
        app.MapRazorPages();
        return app;
    }
}
