using System.Collections.Concurrent;
using System.Collections.Frozen;
using CredChain.Core.Hashing;
using CredChain.Core.OpenAttestation;
using CredChain.Core.Verification;
using CredChain.Ethereum.DocumentStore;
using CredChain.Ethereum.Transactions;
using CredChain.Verifier.Hosting;
using Microsoft.Extensions.Options;
using Nethereum.Web3;

namespace CredChain.Verifier.OpenAttestation;

/// <summary>
/// Answers OpenAttestation status questions from the trust list and, for a listed store, from its network's RPC
/// through the typed <see cref="DocumentStoreClient"/> (read-only: no account, no key). An unlisted store is never asked.
/// An answer is reused for the same document for <see cref="PortalOptions.DocumentStoreStatusTtl"/>.
/// </summary>
internal sealed class ChainDocumentStoreStatus : IDocumentStoreStatus
{
    /// <summary>Beyond this many cached answers the cache starts over (a bound on memory, not a tuning knob).</summary>
    private const int MaxCached = 100_000;

    private readonly DocumentStoreTrustList _trustList;
    private readonly FrozenDictionary<string, DocumentStoreClient> _clients;
    private readonly ConcurrentDictionary<(string Store, Hash32 Root, Hash32 Target), (DocumentStoreAnswer Answer, long Expires)> _cache = new();
    private readonly TimeProvider _time;
    private readonly long _ttlTicks;

    public ChainDocumentStoreStatus(DocumentStoreTrustList trustList, TimeProvider time, IOptions<PortalOptions> options)
    {
        _trustList = trustList;
        _time = time;
        _ttlTicks = (long)(options.Value.DocumentStoreStatusTtl.TotalSeconds * time.TimestampFrequency);
        var clients = new Dictionary<string, DocumentStoreClient>(StringComparer.Ordinal);
        foreach (var group in trustList.All.GroupBy(e => e.Network.Key))
        {
            var network = group.First().Network;
            var web3 = new Web3(network.RpcUrl.ToString());
            var transactions = new TransactionService(web3, new ChainTransactionOptions { ChainId = network.ChainId, RequestTimeout = TimeSpan.FromSeconds(10) }, time);
            foreach (var (_, listing) in group)
            {
                clients[listing.Address] = new DocumentStoreClient(web3, listing.Address, transactions);
            }
        }

        _clients = clients.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public async Task<DocumentStoreAnswer> GetStatusAsync(DocumentStoreQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (_trustList.Find(query.StoreAddress) is not { } entry)
        {
            return DocumentStoreAnswer.Unlisted;
        }

        var key = (entry.Listing.Address, query.MerkleRoot, query.TargetHash);
        var now = _time.GetTimestamp();
        if (_ttlTicks > 0 && _cache.TryGetValue(key, out var cached) && cached.Expires > now)
        {
            return cached.Answer;
        }

        var status = await _clients[entry.Listing.Address]
            .GetStatusAsync(query.MerkleRoot.ToByteArray(), query.TargetHash.ToByteArray(), cancellationToken).ConfigureAwait(false);
        var answer = new DocumentStoreAnswer(entry.Listing, status.Issued, status.DocumentRevoked, status.RootRevoked, new BlockRef(status.BlockNumber, status.BlockTime));
        if (_ttlTicks > 0)
        {
            if (_cache.Count >= MaxCached)
            {
                _cache.Clear();
            }

            _cache[key] = (answer, now + _ttlTicks);
        }

        return answer;
    }
}
