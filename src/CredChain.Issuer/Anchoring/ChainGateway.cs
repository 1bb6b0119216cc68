using System.Numerics;
using CredChain.Core.Hashing;
using CredChain.Ethereum.Registry;
using CredChain.Ethereum.Generated.CredentialRegistry;
using CredChain.Ethereum.Transactions;
using CredChain.Issuer.Accounts;
using CredChain.Issuer.Chain;
using Microsoft.Extensions.Options;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace CredChain.Issuer.Anchoring;

/// <summary>The chain operations the worker needs, on top of CredChain.Ethereum's offline signing and registry client.</summary>
internal sealed class ChainGateway
{
    private readonly Web3 _web3;
    private readonly TransactionService _transactions;
    private readonly CredentialRegistryClient _registry;
    private readonly ChainOptions _options;

    public ChainGateway(IOptions<ChainOptions> options, TimeProvider timeProvider, ILogger<TransactionService> logger)
    {
        _options = options.Value;
        _web3 = new Web3(_options.RpcUrl);
        _transactions = new TransactionService(
            _web3,
            new ChainTransactionOptions
            {
                ChainId = _options.ChainId,
                ReceiptTimeout = _options.ReceiptTimeout,
                ReceiptPollingInterval = _options.ReceiptPollingInterval,
                RequestTimeout = _options.RequestTimeout,
            },
            timeProvider,
            logger);
        _registry = new CredentialRegistryClient(_web3, _options.CredentialRegistryAddress, _transactions);
    }

    /// <summary>Asks the node (not the configuration) for its chain id.</summary>
    public async Task<long> GetChainIdAsync(CancellationToken cancellationToken) =>
        (long)(await _web3.Eth.ChainId.SendRequestAsync().WaitAsync(cancellationToken)).Value;

    public async Task<long> GetNonceAsync(IssuerAccount account, NonceBlock block, CancellationToken cancellationToken) =>
        (long)await _transactions.GetNonceAsync(account.Signer.Address, block, cancellationToken);

    public Task<SignedTransaction> SignAnchorAsync(IssuerAccount account, byte[] root, long nonce, CancellationToken cancellationToken) =>
        _registry.SignAnchorAsync(account.Signer, root, nonce, cancellationToken);

    public Task<SignedTransaction> SignRevokeCredentialAsync(
        IssuerAccount account, byte[] root, byte[] targetHash, IEnumerable<byte[]> proof, byte reason, long nonce, CancellationToken cancellationToken) =>
        _transactions.SignFunctionAsync(
            account.Signer,
            _registry.Address,
            new RevokeCredentialFunction { Issuer = account.Signer.Address, Root = root, TargetHash = targetHash, Proof = [.. proof], Reason = reason },
            nonce,
            cancellationToken);

    public Task<SignedTransaction> SignRevokeBatchAsync(IssuerAccount account, byte[] root, byte reason, long nonce, CancellationToken cancellationToken) =>
        _transactions.SignFunctionAsync(account.Signer, _registry.Address, new RevokeBatchFunction { Issuer = account.Signer.Address, Root = root, Reason = reason }, nonce, cancellationToken);

    /// <summary>Sends a stored signed transaction again; "already known" counts as sent.</summary>
    public Task<Hash32> SendRawAsync(IssuerAccount account, byte[] rawTransaction, byte[] hash, long nonce, CancellationToken cancellationToken) =>
        _transactions.SendRawAsync(
            new SignedTransaction(rawTransaction, Hash32.FromBytes(hash), nonce, account.Signer.Address, _registry.Address, BigInteger.Zero, _options.ChainId),
            cancellationToken);

    public Task<TransactionReceipt?> GetReceiptAsync(byte[] hash, CancellationToken cancellationToken) =>
        _transactions.GetReceiptAsync(Hash32.FromBytes(hash), cancellationToken);

    public Task<TransactionReceipt> WaitForReceiptAsync(byte[] hash, CancellationToken cancellationToken) =>
        _transactions.WaitForReceiptAsync(Hash32.FromBytes(hash), _options.ReceiptTimeout, cancellationToken);

    /// <summary>The registry's record of <paramref name="root"/> under <paramref name="issuer"/> (roots are keyed by the anchoring account).</summary>
    public Task<RootVerification> GetRootAsync(string issuer, byte[] root, CancellationToken cancellationToken) =>
        _registry.VerifyAsync(issuer, root, root, [], null, cancellationToken);

    /// <summary>Waits until the receipt's block has the configured number of blocks on top of it.</summary>
    public async Task WaitForConfirmationsAsync(TransactionReceipt receipt, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (_options.Confirmations == 0)
        {
            return;
        }

        var target = receipt.BlockNumber.Value + _options.Confirmations;
        while ((await _web3.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value < target)
        {
            await Task.Delay(_options.ReceiptPollingInterval, timeProvider, cancellationToken);
        }
    }
}
