using System.Net;
using System.Net.Sockets;

namespace CredChain.Verifier.Hosting;

/// <summary>
/// Which client a request counts against for rate limits: an IPv4 address as itself (an IPv4-mapped IPv6 address too),
/// an IPv6 address by its /64, since one subscriber is routinely given a whole /64 and can pick any address in it.
/// </summary>
internal static class ClientPartition
{
    public const string Unknown = "unknown";

    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return Unknown;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[8..].Clear(); // the interface identifier; the scope id is dropped with it
        return new IPAddress(bytes) + "/64";
    }
}
