using System.Net;
using System.Net.Sockets;
using CredChain.Cli.Infrastructure;

namespace CredChain.DevHost;

/// <summary>Loopback port checks, so a taken port is a clear message before anything starts.</summary>
internal static class Ports
{
    /// <summary>Returns <paramref name="port"/> when it is free on 127.0.0.1 (or a free one for 0).</summary>
    /// <exception cref="CliException">The port is taken.</exception>
    public static int Claim(int port, string option, string what)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            var bound = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return bound;
        }
        catch (SocketException ex) when (ex.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AccessDenied)
        {
            throw new CliException($"port {port} on 127.0.0.1 is taken, so the {what} cannot listen there. Stop whatever uses it, or pick another port with {option} <port> (0 picks a free one).");
        }
    }
}
