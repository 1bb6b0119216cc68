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
/// verify view pinned to a block (plus one <c>eth_getLogs</c> for the root's anchoring event), so that every answer
/// states the block it is current to.
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

        // Where the root was anchored, as the index would know it (its RootAnchored event), or, when the named issuer did
        // not anchor it, which account did: one topic-filtered eth_getLogs either way.
        return await RpcAnchorRegistry.AddAnchoringEventAsync(
            chain.Registry, query, RpcAnchorRegistry.ToRecord(answer, block), new BlockRange(network.DeploymentBlock, block.Number), cancellationToken);
    }

    [LoggerMessage(EventId = 2010, Level = LogLevel.Debug, Message = "Network {Network}: root {Root} looked up with eth_call at block {Block} (index not current or root unknown to it)")]
    private static partial void LogFallback(ILogger logger, string network, Hash32 root, long block);
}
