using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CredChain.Relay.Tests.Support;

internal static class HttpHosts
{
    /// <summary>Starts <paramref name="app"/> (bound to 127.0.0.1:0) and returns its base URL.</summary>
    public static async Task<string> StartAndGetUrlAsync(this WebApplication app)
    {
        await app.StartAsync();
        return app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
    }
}
