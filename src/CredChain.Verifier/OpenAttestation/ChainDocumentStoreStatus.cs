using System.Collections.Frozen;
using CredChain.Core.OpenAttestation;
using CredChain.Core.Verification;
using CredChain.Ethereum.DocumentStore;
using CredChain.Ethereum.Transactions;
using Nethereum.Web3;

namespace CredChain.Verifier.OpenAttestation;

/// <summary>
/// Answers OpenAttestation status questions from the trust list and, for a listed store, from its network's RPC
/// through the typed <see cref="DocumentStoreClient"/> (read-only: no account, no key). An unlisted store is never asked.
/// </summary>
internal sealed class ChainDocumentStoreStatus : IDocumentStoreStatus
{
    private readonly DocumentStoreTrustList _trustList;
    private readonly FrozenDictionary<string, DocumentStoreClient> _clients;

    public ChainDocumentStoreStatus(DocumentStoreTrustList trustList, TimeProvider time)
    {
        _trustList = trustList;
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

        var status = await _clients[entry.Listing.Address]
            .GetStatusAsync(query.MerkleRoot.ToByteArray(), query.TargetHash.ToByteArray(), cancellationToken).ConfigureAwait(false);
        return new DocumentStoreAnswer(entry.Listing, status.Issued, status.DocumentRevoked, status.RootRevoked, new BlockRef(status.BlockNumber, status.BlockTime));
    }
}
