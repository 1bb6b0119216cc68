using CredChain.Core.Hashing;
using CredChain.Core.Verification;
using CredChain.Ethereum.Calls;
using CredChain.Ethereum.Registry;
using CredChain.Ethereum.Transactions;
using Nethereum.Contracts;
using Nethereum.Util;
using Nethereum.Web3;

namespace CredChain.Ethereum.Verification;

/// <summary>
/// Completes a verify-view answer from the root's <c>RootAnchored</c> events without asking a node for more blocks
/// than it serves in one <c>eth_getLogs</c> (<see cref="ChainTransactionOptions.MaxLogsRange"/>): where the queried
/// issuer anchored the root, or, when it did not, the earliest other account that did.
/// </summary>
public sealed class AnchoringEvents
{
    private readonly CredentialRegistryClient _registry;
    private readonly BlockTimeSearch _blocks;

    /// <summary>Reads <paramref name="registry"/>'s events and the blocks of the node behind <paramref name="web3"/>.</summary>
    public AnchoringEvents(IWeb3 web3, TransactionService transactions, CredentialRegistryClient registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _registry = registry;
        _blocks = new BlockTimeSearch(web3, transactions);
    }

    /// <summary>
    /// Where the queried issuer anchored the root (block and transaction): the anchoring time the verify view states
    /// gives the blocks mined at that second by binary search, and only those blocks' logs are read. Unchanged when
    /// no such event is found in <paramref name="within"/>.
    /// </summary>
    public async Task<AnchorRecord> AddOwnAsync(AnchorQuery query, AnchorRecord record, BlockRange within, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(record);
        if (!record.Anchored || record.AnchoredAt is not { } anchoredAt
            || await _blocks.BlocksAtAsync(anchoredAt, within, cancellationToken).ConfigureAwait(false) is not { } blocks)
        {
            return record;
        }

        var own = await _registry.GetRootAnchoredEventsAsync(query.IssuerAddress, query.MerkleRoot.ToByteArray(), blocks, cancellationToken).ConfigureAwait(false);
        return own is [var e, ..]
            ? record with { AnchoredInBlock = (long)e.BlockNumber, AnchorTransactionHash = Hash32.Parse(e.TransactionHash) }
            : record;
    }

    /// <summary>
    /// The earliest account other than the queried issuer that anchored the root in <paramref name="range"/>, read
    /// oldest chunk first and stopping at the first chunk that holds one: a root nobody else anchored costs one
    /// <c>eth_getLogs</c> per <see cref="ChainTransactionOptions.MaxLogsRange"/> blocks of the range.
    /// </summary>
    public async Task<AnchorRecord> AddOtherAccountAsync(AnchorQuery query, AnchorRecord record, BlockRange range, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(record);
        var other = await _registry.FindEarliestRootAnchoredByOtherAsync(query.MerkleRoot.ToByteArray(), query.IssuerAddress, range, cancellationToken).ConfigureAwait(false);
        return other is null ? record : record with { AnchoredByAnotherAccount = AddressUtil.Current.ConvertToChecksumAddress(other.Event.Issuer) };
    }

    /// <summary><see cref="AddOwnAsync"/> when the verify view says the issuer anchored the root, else <see cref="AddOtherAccountAsync"/>.</summary>
    public Task<AnchorRecord> AddAsync(AnchorQuery query, AnchorRecord record, BlockRange range, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Anchored ? AddOwnAsync(query, record, range, cancellationToken) : AddOtherAccountAsync(query, record, range, cancellationToken);
    }
}
