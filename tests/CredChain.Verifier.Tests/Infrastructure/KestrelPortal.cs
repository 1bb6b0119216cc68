using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CredChain.Verifier.Tests.Infrastructure;

/// <summary>The portal on a real Kestrel socket (127.0.0.1, free port) for browsers; stopped on dispose.</summary>
public static class KestrelPortal
{
    public static string Start(PortalFactory portal)
    {
        portal.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        portal.StartServer();
        return portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
    }
}
