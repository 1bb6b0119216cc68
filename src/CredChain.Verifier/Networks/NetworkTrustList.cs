using CredChain.Verifier.Hosting;
using Microsoft.Extensions.Options;

namespace CredChain.Verifier.Networks;

/// <summary>The networks and registries this portal believes; a credential anchored anywhere else is reported as such.</summary>
internal sealed class NetworkTrustList(IOptions<PortalOptions> options)
{
    // A handful of networks: a scan with a case-insensitive compare beats hashing a lower-cased copy of the address,
    // which every verification used to allocate three times.
    private readonly TrustedNetwork[] _networks = [.. options.Value.Networks.Select(TrustedNetwork.From)];

    public IReadOnlyCollection<TrustedNetwork> All => _networks;

    public TrustedNetwork? Find(long chainId, string registryAddress)
    {
        foreach (var network in _networks)
        {
            if (network.ChainId == chainId && string.Equals(network.RegistryAddress, registryAddress, StringComparison.OrdinalIgnoreCase))
            {
                return network;
            }
        }

        return null;
    }
}
