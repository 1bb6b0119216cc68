using CredChain.Verifier.Hosting;
using Microsoft.Extensions.Options;

namespace CredChain.Verifier.Networks;

/// <summary>The networks and registries this portal believes; a credential anchored anywhere else is reported as such.</summary>
internal sealed class NetworkTrustList(IOptions<PortalOptions> options)
{
    private readonly Dictionary<(long ChainId, string Registry), TrustedNetwork> _byRegistry =
        options.Value.Networks.Select(TrustedNetwork.From).ToDictionary(n => (n.ChainId, n.RegistryAddress));

    public IReadOnlyCollection<TrustedNetwork> All => _byRegistry.Values;

    public TrustedNetwork? Find(long chainId, string registryAddress) =>
        _byRegistry.GetValueOrDefault((chainId, registryAddress.ToLowerInvariant()));
}
