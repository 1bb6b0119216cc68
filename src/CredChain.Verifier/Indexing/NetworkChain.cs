using System.Numerics;
using CredChain.Core.Verification;
using CredChain.Ethereum.Governance;
using CredChain.Ethereum.Registry;
using CredChain.Ethereum.Transactions;
using CredChain.Ethereum.Verification;
using CredChain.Verifier.Networks;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace CredChain.Verifier.Indexing;

/// <summary>Read-only access to one trusted network: its two contracts and the blocks they log in.</summary>
internal sealed class NetworkChain
{
    private readonly Web3 _web3;

    /// <param name="network">The network.</param>
    /// <param name="time">The portal's clock.</param>
    /// <param name="maxLogsRange">Most blocks one <c>eth_getLogs</c> covers (<see cref="IndexOptions.MaxBlockRange"/>).</param>
    public NetworkChain(TrustedNetwork network, TimeProvider time, int maxLogsRange)
    {
        Network = network;
        _web3 = new Web3(network.RpcUrl.ToString());
        var transactions = new TransactionService(
            _web3, new ChainTransactionOptions { ChainId = network.ChainId, RequestTimeout = TimeSpan.FromSeconds(10), MaxLogsRange = maxLogsRange }, time);
        Registry = new CredentialRegistryClient(_web3, network.RegistryAddress, transactions);
        Governance = new IssuerRegistryClient(_web3, network.GovernanceAddress, transactions);
        Anchoring = new AnchoringEvents(_web3, transactions, Registry);
    }

    public TrustedNetwork Network { get; }

    public CredentialRegistryClient Registry { get; }

    public IssuerRegistryClient Governance { get; }

    /// <summary>The anchoring events of a root, read within the node's <c>eth_getLogs</c> range limit.</summary>
    public AnchoringEvents Anchoring { get; }

    public async Task<long> GetHeadAsync(CancellationToken cancellationToken) =>
        (long)(await _web3.Eth.Blocks.GetBlockNumber.SendRequestAsync().WaitAsync(cancellationToken)).Value;

    public async Task<BlockRef> GetBlockAsync(BlockParameter block, CancellationToken cancellationToken)
    {
        var header = await _web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(block).WaitAsync(cancellationToken)
            ?? throw new InvalidOperationException($"Network {Network.Key}: the RPC returned no block for {block.BlockNumber?.Value}.");
        return new BlockRef((long)header.Number.Value, DateTimeOffset.FromUnixTimeSeconds((long)header.Timestamp.Value));
    }

    public Task<BlockRef> GetBlockAsync(long number, CancellationToken cancellationToken) =>
        GetBlockAsync(new BlockParameter(new Nethereum.Hex.HexTypes.HexBigInteger(new BigInteger(number))), cancellationToken);
}
