using CredChain.Hosting.Problems;
using CredChain.Relay.Api;
using CredChain.Relay.Hosting;

namespace CredChain.Relay;

/// <summary>
/// The relay's host, public so that another process can host it: <c>Program.cs</c> runs it on its own, and
/// <c>credchain up --hub</c> or a test runs it in-process.
/// </summary>
public static class RelayHost
{
    /// <summary>Builds the relay, ready to run.</summary>
    /// <param name="args">Command-line arguments (configuration and host settings such as <c>--urls</c>).</param>
    /// <param name="settings">Configuration that overrides every other source.</param>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = ["--hostBuilder:reloadConfigOnChange=false", .. args],
            ApplicationName = typeof(RelayHost).Assembly.GetName().Name,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddRelay(builder.Configuration);
        var app = builder.Build();
        app.UseCredChainExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi();
        app.MapHealthChecks("/health");
        app.MapRelayMetrics();
        app.MapCheckpointsApi();
        return app;
    }
}
