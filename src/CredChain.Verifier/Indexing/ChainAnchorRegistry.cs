using CredChain.Core.Hashing;
using CredChain.Core.Verification;
using CredChain.Ethereum.Verification;
using CredChain.Verifier.Networks;
using Microsoft.Extensions.Options;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;

namespace CredChain.Verifier.Indexing;

/// <summary>
/// The portal's <see cref="IAnchorRegistry"/>: serves only trusted networks, answers from the event index while it is
/// current and knows that the named issuer anchored the root, and otherwise makes one <c>eth_call</c> of the registry's
/// verify view pinned to a block, so that every answer states the block it is current to. The root's anchoring event
/// is then found without scanning history: the anchoring block by binary search on block times when the named issuer
/// anchored it, else the other account from the index (plus the blocks after it) or, when the index is not current,
/// from the registry's logs read in chunks of <see cref="IndexOptions.MaxBlockRange"/> blocks.
/// </summary>
internal sealed partial class ChainAnchorRegistry(
    NetworkTrustList networks, NetworkIndexes indexes, ChainIdCheck chainIds, TimeProvider time, IOptions<IndexOptions> options, ILogger<ChainAnchorRegistry> logger)
    : IAnchorRegistry
{
    public bool Serves(long chainId, string registryAddress) => networks.Find(chainId, registryAddress) is not null;

    public async ValueTask<AnchorRecord> LookupAsync(AnchorQuery query, CancellationToken cancellationToken)
    {
        var network = networks.Find(query.ChainId, query.RegistryAddress)
            ?? throw new InvalidOperationException($"Chain {query.ChainId} registry {query.RegistryAddress} is not on the trust list.");
        var index = indexes.For(network);
        if (IsCurrent(index) && index.TryAnswer(query.IssuerAddress, query.MerkleRoot, query.TargetHash, query.MerklePath, query.PathLeadsToRoot) is { } indexed)
        {
            return indexed;
        }

        return await CallAsync(network, query, cancellationToken);
    }

    /// <summary>Whether the index may answer: enabled and synced to the head recently.</summary>
    internal bool IsCurrent(NetworkIndex index) =>
        options.Value.Enabled && index.LastSyncedAt is { } synced && time.GetUtcNow() - synced <= options.Value.MaxStaleness;

    internal async Task<AnchorRecord> CallAsync(TrustedNetwork network, AnchorQuery query, CancellationToken cancellationToken)
    {
        await chainIds.EnsureAsync(network, cancellationToken);
        var chain = indexes.Chain(network);
        var block = await chain.GetBlockAsync(BlockParameter.CreateLatest(), cancellationToken);
        var answer = await chain.Registry.VerifyAsync(
            query.IssuerAddress,
            query.MerkleRoot.ToByteArray(),
            query.TargetHash.ToByteArray(),
            query.MerklePath.Select(h => h.ToByteArray()).ToList(),
            new BlockParameter(new Nethereum.Hex.HexTypes.HexBigInteger(block.Number)),
            cancellationToken);
        LogFallback(logger, network.Key, query.MerkleRoot, block.Number);
        var record = RpcAnchorRegistry.ToRecord(answer, block);
        var history = new BlockRange(network.DeploymentBlock, block.Number);
        if (record.Anchored)
        {
            // Where the root was anchored, as the index would know it: the blocks of the anchoring second only.
            return await chain.Anchoring.AddOwnAsync(query, record, history, cancellationToken);
        }

        var index = indexes.For(network);
        return IsCurrent(index) && index.IndexedTo is { } indexedTo
            ? await AddOtherAccountFromIndexAsync(index, indexedTo.Number, chain, query, record, block.Number, cancellationToken)
            : await chain.Anchoring.AddOtherAccountAsync(query, record, history, cancellationToken);
    }

    /// <summary>
    /// Which other account anchored the root first, from the index for the blocks it holds (it knows every account's
    /// anchors) and from the chain only for the blocks after it: the earliest account wins, so the index's answer
    /// stands unless several accounts anchored in that one block, whose logs then give their order.
    /// </summary>
    private static async Task<AnchorRecord> AddOtherAccountFromIndexAsync(
        NetworkIndex index, long indexedTo, NetworkChain chain, AnchorQuery query, AnchorRecord record, long head, CancellationToken cancellationToken)
    {
        return index.FindOtherAnchor(query.IssuerAddress, query.MerkleRoot) switch
        {
            ({ } block, [var account]) => record with { AnchoredByAnotherAccount = account },
            ({ } block, _) => await chain.Anchoring.AddOtherAccountAsync(query, record, new BlockRange(block, block), cancellationToken),
            null when indexedTo < head => await chain.Anchoring.AddOtherAccountAsync(query, record, new BlockRange(indexedTo + 1, head), cancellationToken),
            null => record,
        };
    }

    [LoggerMessage(EventId = 2010, Level = LogLevel.Debug, Message = "Network {Network}: root {Root} looked up with eth_call at block {Block} (index not current or root unknown to it)")]
    private static partial void LogFallback(ILogger logger, string network, Hash32 root, long block);
}
