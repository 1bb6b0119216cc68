using Microsoft.Extensions.Options;
using CredChain.Verifier.Networks;

namespace CredChain.Verifier.Indexing;

/// <summary>One index and one chain connection per trusted network.</summary>
internal sealed class NetworkIndexes
{
    private readonly Dictionary<string, NetworkIndex> _indexes;
    private readonly Dictionary<string, NetworkChain> _chains;

    public NetworkIndexes(NetworkTrustList networks, TimeProvider time, IOptions<IndexOptions> options)
    {
        _indexes = networks.All.ToDictionary(n => n.Key, n => new NetworkIndex(n), StringComparer.Ordinal);
        _chains = networks.All.ToDictionary(n => n.Key, n => new NetworkChain(n, time, options.Value.MaxBlockRange), StringComparer.Ordinal);
    }

    public IEnumerable<NetworkIndex> All => _indexes.Values;

    public NetworkIndex For(TrustedNetwork network) => _indexes[network.Key];

    public NetworkChain Chain(TrustedNetwork network) => _chains[network.Key];
}
