namespace CredChain.Verifier;

/// <summary>
/// The portal's host, public so that another process can host it: <c>Program.cs</c> runs it on its own, and
/// <c>credchain up</c> runs it in-process next to the issuing service.
/// </summary>
public static class PortalHost
{
    /// <summary>Builds the portal, ready to run.</summary>
    /// <param name="args">Command-line arguments (configuration and host settings such as <c>--urls</c>).</param>
    /// <param name="settings">Configuration that overrides every other source (appsettings, environment, arguments).</param>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? settings = null)
    {
        // The application name is this assembly whoever hosts it: Razor pages, localized resources and the static
        // web assets manifest are looked up by it. Configuration is read once at start, as the issuing service reads
        // it: reloading on change puts a recursive file watcher on the content root, which holds the share store's
        // SQLite file (./data/) and would be woken by every write to it. An explicit argument still overrides this.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = ["--hostBuilder:reloadConfigOnChange=false", .. args],
            ApplicationName = typeof(PortalHost).Assembly.GetName().Name,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddPortal();

        var app = builder.Build();
        app.UsePortal();
        app.MapPortal();
        return app;
    }
}
