using System.Collections.Frozen;
using CredChain.Core.OpenAttestation;
using CredChain.Verifier.Hosting;
using CredChain.Verifier.Networks;
using Microsoft.Extensions.Options;

namespace CredChain.Verifier.OpenAttestation;

/// <summary>The OpenAttestation document stores of the trust list, by lower-case address, with their network.</summary>
internal sealed class DocumentStoreTrustList
{
    private readonly FrozenDictionary<string, (TrustedNetwork Network, DocumentStoreListing Listing)> _stores;

    public DocumentStoreTrustList(IOptions<PortalOptions> options, NetworkTrustList networks)
    {
        var entries = new Dictionary<string, (TrustedNetwork, DocumentStoreListing)>(StringComparer.Ordinal);
        foreach (var network in options.Value.Networks)
        {
            var trusted = networks.All.Single(n => n.Key == network.Key);
            foreach (var store in network.DocumentStores)
            {
                var address = store.Address.ToLowerInvariant();
                entries[address] = (trusted, new DocumentStoreListing(network.ChainId, network.Key, address, store.NameZh, store.NameEn, store.DnsLocation));
            }
        }

        _stores = entries.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IEnumerable<(TrustedNetwork Network, DocumentStoreListing Listing)> All => _stores.Values;

    public (TrustedNetwork Network, DocumentStoreListing Listing)? Find(string address) =>
        _stores.TryGetValue(address.ToLowerInvariant(), out var entry) ? entry : null;
}
