using System.Numerics;
using CredChain.Ethereum.Calls;
using CredChain.Ethereum.Events;
using CredChain.Ethereum.Generated.CredentialRegistry;
using CredChain.Ethereum.Transactions;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using VerificationStruct = CredChain.Ethereum.Generated.CredentialRegistry.Verification;

namespace CredChain.Ethereum.Registry;

/// <summary>Typed access to a deployed <c>CredentialRegistry</c>: anchoring, revocation, the verify view, events.</summary>
/// <remarks>Writes throw <see cref="Errors.ContractRevertException"/> with the contract's error code when they revert.</remarks>
public sealed class CredentialRegistryClient
{
    private readonly TransactionService _transactions;
    private readonly ContractReader _reader;

    public CredentialRegistryClient(IWeb3 web3, string address, TransactionService transactions)
    {
        ArgumentNullException.ThrowIfNull(web3);
        ArgumentException.ThrowIfNullOrEmpty(address);
        ArgumentNullException.ThrowIfNull(transactions);
        Address = address;
        _transactions = transactions;
        _reader = new ContractReader(web3, transactions, address);
    }

    /// <summary>The registry's address.</summary>
    public string Address { get; }

    /// <summary>
    /// Signs <c>anchor(root)</c> with an explicit nonce without sending it (write-ahead anchoring: store the hash
    /// and nonce, then <see cref="TransactionService.SendRawAsync"/>).
    /// </summary>
    /// <exception cref="Errors.ContractRevertException">The anchor would revert (e.g. duplicate root).</exception>
    public Task<SignedTransaction> SignAnchorAsync(Account issuer, byte[] root, BigInteger nonce, CancellationToken cancellationToken = default) =>
        _transactions.SignFunctionAsync(issuer, Address, new AnchorFunction { Root = CheckBytes32(root) }, nonce, cancellationToken);

    /// <summary>Anchors <paramref name="root"/> and waits for the receipt.</summary>
    public Task<TransactionReceipt> AnchorAsync(Account issuer, byte[] root, CancellationToken cancellationToken = default) =>
        _transactions.ExecuteAsync(issuer, Address, new AnchorFunction { Root = CheckBytes32(root) }, cancellationToken);

    /// <summary>Revokes one credential of the batch <paramref name="root"/> that <paramref name="issuer"/> anchored, proven by <paramref name="proof"/>.</summary>
    public Task<TransactionReceipt> RevokeCredentialAsync(
        Account issuer,
        byte[] root,
        byte[] targetHash,
        IReadOnlyList<byte[]> proof,
        byte reason,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        return RevokeCredentialAsync(issuer, issuer.Address, root, targetHash, proof, reason, cancellationToken);
    }

    /// <summary>
    /// Revokes one credential of the batch (<paramref name="issuer"/>, <paramref name="root"/>) signed by
    /// <paramref name="revoker"/>: the issuer itself, or (after a key rotation) an account of its institution accredited now.
    /// </summary>
    public Task<TransactionReceipt> RevokeCredentialAsync(
        Account revoker,
        string issuer,
        byte[] root,
        byte[] targetHash,
        IReadOnlyList<byte[]> proof,
        byte reason,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(proof);
        ArgumentException.ThrowIfNullOrEmpty(issuer);
        var function = new RevokeCredentialFunction
        {
            Issuer = issuer,
            Root = CheckBytes32(root),
            TargetHash = CheckBytes32(targetHash),
            Proof = proof.Select(CheckBytes32).ToList(),
            Reason = reason,
        };
        return _transactions.ExecuteAsync(revoker, Address, function, cancellationToken);
    }

    /// <summary>Revokes every credential of the batch <paramref name="root"/> that <paramref name="issuer"/> anchored.</summary>
    public Task<TransactionReceipt> RevokeBatchAsync(Account issuer, byte[] root, byte reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        return RevokeBatchAsync(issuer, issuer.Address, root, reason, cancellationToken);
    }

    /// <summary>Revokes every credential of the batch (<paramref name="issuer"/>, <paramref name="root"/>), signed by <paramref name="revoker"/>.</summary>
    public Task<TransactionReceipt> RevokeBatchAsync(Account revoker, string issuer, byte[] root, byte reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(issuer);
        return _transactions.ExecuteAsync(revoker, Address, new RevokeBatchFunction { Issuer = issuer, Root = CheckBytes32(root), Reason = reason }, cancellationToken);
    }

    /// <summary>Everything a verifier needs about (issuer, root, targetHash, proof), in one <c>eth_call</c>.</summary>
    /// <param name="issuer">The account the credential names as its issuer (roots are keyed by the anchoring account).</param>
    /// <param name="root">The batch root.</param>
    /// <param name="targetHash">The credential's target hash.</param>
    /// <param name="proof">Sibling hashes from the leaf up.</param>
    /// <param name="block">Block to read at; latest when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<RootVerification> VerifyAsync(
        string issuer,
        byte[] root,
        byte[] targetHash,
        IReadOnlyList<byte[]> proof,
        BlockParameter? block = null,
        CancellationToken cancellationToken = default)
    {
        var output = await VerifyRawAsync(issuer, root, targetHash, proof, block, cancellationToken).ConfigureAwait(false);
        return RootVerification.FromDto(issuer, output);
    }

    /// <summary>The <c>verify</c> view's struct as the contract returns it.</summary>
    public async Task<VerificationStruct> VerifyRawAsync(
        string issuer,
        byte[] root,
        byte[] targetHash,
        IReadOnlyList<byte[]> proof,
        BlockParameter? block = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(issuer);
        ArgumentNullException.ThrowIfNull(proof);
        var function = new VerifyFunction { Issuer = issuer, Root = CheckBytes32(root), TargetHash = CheckBytes32(targetHash), Proof = proof.Select(CheckBytes32).ToList() };
        var output = await _reader.QueryAsync<VerifyFunction, VerifyOutputDTO>(function, block, cancellationToken).ConfigureAwait(false);
        return output.Result;
    }

    /// <summary>The issuer registry this registry checks accreditation against.</summary>
    public Task<string> GetGovernanceAsync(CancellationToken cancellationToken = default) =>
        _reader.QueryValueAsync<GovernanceFunction, string>(new GovernanceFunction(), null, cancellationToken);

    /// <summary><c>RootAnchored</c> events logged in <paramref name="range"/>.</summary>
    public Task<IReadOnlyList<ChainEvent<RootAnchoredEventDTO>>> GetRootAnchoredEventsAsync(BlockRange range, CancellationToken cancellationToken = default) =>
        _reader.GetEventsAsync<RootAnchoredEventDTO>(range, cancellationToken);

    /// <summary>The <c>RootAnchored</c> events of <paramref name="root"/> in <paramref name="range"/>, by any account (one per account at most), oldest first.</summary>
    public Task<IReadOnlyList<ChainEvent<RootAnchoredEventDTO>>> GetRootAnchoredEventsAsync(byte[] root, BlockRange range, CancellationToken cancellationToken = default) =>
        _reader.GetEventsAsync<RootAnchoredEventDTO, byte[]>(CheckBytes32(root), range, cancellationToken);

    /// <summary>The <c>RootAnchored</c> event of (<paramref name="issuer"/>, <paramref name="root"/>) in <paramref name="range"/> (the registry logs one at most).</summary>
    public Task<IReadOnlyList<ChainEvent<RootAnchoredEventDTO>>> GetRootAnchoredEventsAsync(string issuer, byte[] root, BlockRange range, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(issuer);
        return _reader.GetEventsAsync<RootAnchoredEventDTO, byte[], string>(CheckBytes32(root), issuer, range, cancellationToken);
    }

    /// <summary>
    /// The earliest <c>RootAnchored</c> event of <paramref name="root"/> in <paramref name="range"/> by an account other
    /// than <paramref name="issuer"/>, or null: read oldest chunk first, stopping at the first chunk that holds one.
    /// </summary>
    public Task<ChainEvent<RootAnchoredEventDTO>?> FindEarliestRootAnchoredByOtherAsync(
        byte[] root, string issuer, BlockRange range, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(issuer);
        return _reader.FindEarliestAsync<RootAnchoredEventDTO, byte[]>(
            CheckBytes32(root), range, e => !string.Equals(e.Event.Issuer, issuer, StringComparison.OrdinalIgnoreCase), cancellationToken);
    }

    /// <summary><c>CredentialRevoked</c> events logged in <paramref name="range"/>.</summary>
    public Task<IReadOnlyList<ChainEvent<CredentialRevokedEventDTO>>> GetCredentialRevokedEventsAsync(BlockRange range, CancellationToken cancellationToken = default) =>
        _reader.GetEventsAsync<CredentialRevokedEventDTO>(range, cancellationToken);

    /// <summary><c>BatchRevoked</c> events logged in <paramref name="range"/>.</summary>
    public Task<IReadOnlyList<ChainEvent<BatchRevokedEventDTO>>> GetBatchRevokedEventsAsync(BlockRange range, CancellationToken cancellationToken = default) =>
        _reader.GetEventsAsync<BatchRevokedEventDTO>(range, cancellationToken);

    /// <summary>The <c>RootAnchored</c> event in an anchoring receipt, or null when it has none from this registry.</summary>
    public RootAnchoredEventDTO? FindRootAnchored(TransactionReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return receipt.DecodeAllEvents<RootAnchoredEventDTO>()
            .Where(e => string.Equals(e.Log.Address, Address, StringComparison.OrdinalIgnoreCase))
            .Select(e => e.Event)
            .FirstOrDefault();
    }

    private static byte[] CheckBytes32(byte[] value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length == 32 ? value : throw new ArgumentException($"Expected 32 bytes, got {value.Length}.", nameof(value));
    }
}
