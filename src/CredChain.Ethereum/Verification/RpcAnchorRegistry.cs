using System.Numerics;
using CredChain.Core.Verification;
using CredChain.Ethereum.Registry;
using CredChain.Ethereum.Transactions;
using Nethereum.Contracts;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace CredChain.Ethereum.Verification;

/// <summary>
/// Core's <see cref="IAnchorRegistry"/> over JSON-RPC for one network and registry: each lookup is one <c>eth_call</c>
/// of the credential registry's verify view for (issuer, root), pinned to the latest block so the answer states the
/// block it is current to; when that issuer did not anchor the root, topic-filtered <c>eth_getLogs</c> over the
/// registry's history (in chunks the node accepts, oldest first) tell whether another account did, and which first.
/// The node's chain id is checked against the expected one before the first lookup.
/// </summary>
public sealed class RpcAnchorRegistry : IAnchorRegistry
{
    private readonly IWeb3 _web3;
    private readonly TransactionService _transactions;
    private readonly CredentialRegistryClient _registry;
    private readonly AnchoringEvents _events;
    private readonly long _chainId;
    private readonly long _deploymentBlock;
    private int _chainIdChecked;

    /// <summary>Creates a registry reader for <paramref name="registryAddress"/> on the chain <paramref name="chainId"/>.</summary>
    /// <param name="web3">A client for a node of that chain.</param>
    /// <param name="chainId">The chain id the node must report.</param>
    /// <param name="registryAddress">The credential registry contract.</param>
    /// <param name="options">Request bounds; the defaults when null.</param>
    /// <param name="deploymentBlock">
    /// The registry's deployment block: where the search for another account's anchoring of a root starts, when the
    /// issuer the credential names did not anchor it.
    /// </param>
    public RpcAnchorRegistry(IWeb3 web3, long chainId, string registryAddress, ChainTransactionOptions? options = null, long deploymentBlock = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(deploymentBlock);
        _deploymentBlock = deploymentBlock;
        ArgumentNullException.ThrowIfNull(web3);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chainId);
        ArgumentException.ThrowIfNullOrEmpty(registryAddress);
        _web3 = web3;
        _chainId = chainId;
        _transactions = new TransactionService(web3, options);
        _registry = new CredentialRegistryClient(web3, registryAddress, _transactions);
        _events = new AnchoringEvents(web3, _transactions, _registry);
    }

    /// <summary>The chain id this reader serves.</summary>
    public long ChainId => _chainId;

    /// <summary>The credential registry this reader serves.</summary>
    public string RegistryAddress => _registry.Address;

    /// <inheritdoc />
    public bool Serves(long chainId, string registryAddress) =>
        chainId == _chainId && string.Equals(registryAddress, _registry.Address, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The node runs another chain, or the query is for another registry.</exception>
    public async ValueTask<AnchorRecord> LookupAsync(AnchorQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!Serves(query.ChainId, query.RegistryAddress))
        {
            throw new InvalidOperationException($"This reader serves registry {_registry.Address} on chain {_chainId}, not {query.RegistryAddress} on chain {query.ChainId}.");
        }

        await EnsureChainIdAsync(cancellationToken).ConfigureAwait(false);
        var block = await _transactions.RpcAsync(
            _web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest()), cancellationToken).ConfigureAwait(false);
        var asOf = new BlockRef((long)block.Number.Value, DateTimeOffset.FromUnixTimeSeconds((long)block.Timestamp.Value));
        var answer = await _registry.VerifyAsync(
            query.IssuerAddress,
            query.MerkleRoot.ToByteArray(),
            query.TargetHash.ToByteArray(),
            query.MerklePath.Select(h => h.ToByteArray()).ToList(),
            new BlockParameter(new HexBigInteger(block.Number.Value)),
            cancellationToken).ConfigureAwait(false);
        var record = ToRecord(answer, asOf);
        return record.Anchored
            ? record
            : await _events.AddOtherAccountAsync(query, record, new BlockRange(_deploymentBlock, asOf.Number), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Maps the registry's verify view onto Core's record.</summary>
    public static AnchorRecord ToRecord(RootVerification answer, BlockRef asOf)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(asOf);
        return new AnchorRecord(
            answer.Anchored,
            answer.Issuer,
            answer.AnchoredAt,
            answer.ProofValid,
            answer.CredentialRevocation,
            answer.BatchRevocation,
            answer.IssuerAccreditedAtAnchoring,
            answer.IssuerAccreditedNow,
            answer.IssuerProfile,
            asOf,
            KeyCompromise: answer.KeyCompromisedSince is { } since ? new IssuerKeyCompromise(since, answer.AnchoredAfterCompromise) : null,
            InstitutionId: answer.Anchored ? answer.Institution : null);
    }

    private async Task EnsureChainIdAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _chainIdChecked) == 1)
        {
            return;
        }

        var reported = await _transactions.RpcAsync(_web3.Eth.ChainId.SendRequestAsync(), cancellationToken).ConfigureAwait(false);
        if (reported.Value != new BigInteger(_chainId))
        {
            throw new InvalidOperationException($"The node reports chain id {reported.Value}, but the credential names chain {_chainId}.");
        }

        Volatile.Write(ref _chainIdChecked, 1);
    }
}
