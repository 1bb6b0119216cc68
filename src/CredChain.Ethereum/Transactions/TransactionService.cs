using System.ComponentModel.DataAnnotations;
using System.Numerics;
using CredChain.Core.Hashing;
using CredChain.Ethereum.Errors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Util;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace CredChain.Ethereum.Transactions;

/// <summary>
/// Builds and signs transactions offline (explicit nonce, estimated gas plus a margin, fees, chain id), sends raw
/// transactions, and waits for receipts with a bound. Every JSON-RPC request is bounded by
/// <see cref="ChainTransactionOptions.RequestTimeout"/> and the caller's cancellation token.
/// </summary>
/// <remarks>
/// <see cref="ExecuteAsync{TFunction}"/> and <see cref="DeployAsync{TDeployment}"/> take the account's pending nonce:
/// do not run them concurrently for one account. A service that sends many transactions from one account manages
/// the nonce itself and uses <see cref="SignFunctionAsync{TFunction}"/> + <see cref="SendRawAsync"/>.
/// </remarks>
public sealed class TransactionService
{
    private readonly IWeb3 _web3;
    private readonly ChainTransactionOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly AccountOfflineTransactionSigner _signer = new();
    private BigInteger? _chainId;

    public TransactionService(
        IWeb3 web3,
        ChainTransactionOptions? options = null,
        TimeProvider? timeProvider = null,
        ILogger<TransactionService>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(web3);
        _web3 = web3;
        _options = options ?? new ChainTransactionOptions();
        Validator.ValidateObject(_options, new ValidationContext(_options), validateAllProperties: true);
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _chainId = _options.ChainId;
    }

    /// <summary>The options in force.</summary>
    public ChainTransactionOptions Options => _options;

    /// <summary>Signs a call of <paramref name="function"/> on <paramref name="contractAddress"/> without sending it.</summary>
    /// <exception cref="ContractRevertException">Gas estimation showed that the call reverts.</exception>
    public Task<SignedTransaction> SignFunctionAsync<TFunction>(
        Account signer,
        string contractAddress,
        TFunction function,
        BigInteger nonce,
        CancellationToken cancellationToken = default)
        where TFunction : FunctionMessage, new()
    {
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(function);
        ArgumentException.ThrowIfNullOrEmpty(contractAddress);
        return SignAsync(signer, function.CreateTransactionInput(contractAddress), nonce, cancellationToken);
    }

    /// <summary>Signs a contract deployment without sending it.</summary>
    /// <exception cref="ContractRevertException">Gas estimation showed that the constructor reverts.</exception>
    public Task<SignedTransaction> SignDeploymentAsync<TDeployment>(
        Account signer,
        TDeployment deployment,
        BigInteger nonce,
        CancellationToken cancellationToken = default)
        where TDeployment : ContractDeploymentMessage, new()
    {
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(deployment);
        return SignAsync(signer, deployment.CreateTransactionInput(), nonce, cancellationToken);
    }

    /// <summary>
    /// Sends a signed transaction. Sending the same transaction again is harmless: when the node refuses it but
    /// already knows its hash, the hash is returned.
    /// </summary>
    public async Task<Hash32> SendRawAsync(SignedTransaction transaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var hashText = transaction.Hash.ToString();
        try
        {
            var raw = "0x" + Convert.ToHexStringLower(transaction.RawTransaction);
            var hash = await RpcAsync(_web3.Eth.Transactions.SendRawTransaction.SendRequestAsync(raw), cancellationToken).ConfigureAwait(false);
            TransactionLog.Sent(_logger, transaction.Hash);
            return Hash32.Parse(hash.EnsureHexPrefix());
        }
        catch (RpcResponseException)
        {
            var known = await RpcAsync(_web3.Eth.Transactions.GetTransactionByHash.SendRequestAsync(hashText), cancellationToken).ConfigureAwait(false);
            if (known is null)
            {
                throw;
            }

            TransactionLog.AlreadyKnown(_logger, transaction.Hash);
            return transaction.Hash;
        }
    }

    /// <summary>Looks a receipt up once; null while the transaction is not mined (or unknown).</summary>
    public Task<TransactionReceipt?> GetReceiptAsync(Hash32 transactionHash, CancellationToken cancellationToken = default) =>
        RpcAsync<TransactionReceipt?>(_web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(transactionHash.ToString())!, cancellationToken);

    /// <summary>Waits for a receipt for at most <see cref="ChainTransactionOptions.ReceiptTimeout"/>.</summary>
    /// <exception cref="ReceiptTimeoutException">No receipt in time.</exception>
    public Task<TransactionReceipt> WaitForReceiptAsync(Hash32 transactionHash, CancellationToken cancellationToken = default) =>
        WaitForReceiptAsync(transactionHash, _options.ReceiptTimeout, cancellationToken);

    /// <summary>Waits for a receipt for at most <paramref name="timeout"/>, polling every <see cref="ChainTransactionOptions.ReceiptPollingInterval"/>.</summary>
    /// <exception cref="ReceiptTimeoutException">No receipt in time.</exception>
    public async Task<TransactionReceipt> WaitForReceiptAsync(Hash32 transactionHash, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var deadline = new CancellationTokenSource(timeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            while (true)
            {
                var receipt = await GetReceiptAsync(transactionHash, linked.Token).ConfigureAwait(false);
                if (receipt is not null)
                {
                    TransactionLog.Mined(_logger, transactionHash, receipt.BlockNumber.Value, receipt.Status?.Value ?? BigInteger.MinusOne, receipt.GasUsed.Value);
                    return receipt;
                }

                await Task.Delay(_options.ReceiptPollingInterval, _timeProvider, linked.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            TransactionLog.ReceiptTimedOut(_logger, transactionHash, timeout.TotalSeconds);
            throw new ReceiptTimeoutException(transactionHash.ToString(), timeout);
        }
    }

    /// <summary>Reads the number of transactions sent from <paramref name="address"/>, counting the pool or not.</summary>
    public async Task<BigInteger> GetNonceAsync(string address, NonceBlock block, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(address);
        var parameter = block == NonceBlock.Pending ? BlockParameter.CreatePending() : BlockParameter.CreateLatest();
        var count = await RpcAsync(_web3.Eth.Transactions.GetTransactionCount.SendRequestAsync(address, parameter), cancellationToken).ConfigureAwait(false);
        return count.Value;
    }

    /// <summary>Signs with the pending nonce, sends, waits for the receipt and checks its status.</summary>
    /// <exception cref="ContractRevertException">The call reverts (at estimation, or when mined).</exception>
    /// <exception cref="ReceiptTimeoutException">No receipt in time.</exception>
    public async Task<TransactionReceipt> ExecuteAsync<TFunction>(
        Account signer,
        string contractAddress,
        TFunction function,
        CancellationToken cancellationToken = default)
        where TFunction : FunctionMessage, new()
    {
        ArgumentNullException.ThrowIfNull(signer);
        var nonce = await GetNonceAsync(signer.Address, NonceBlock.Pending, cancellationToken).ConfigureAwait(false);
        var signed = await SignFunctionAsync(signer, contractAddress, function, nonce, cancellationToken).ConfigureAwait(false);
        return await SendAndConfirmAsync(signed, function.CreateTransactionInput(contractAddress), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deploys a contract with the pending nonce and returns the successful receipt.</summary>
    /// <exception cref="ContractRevertException">The constructor reverts.</exception>
    /// <exception cref="ReceiptTimeoutException">No receipt in time.</exception>
    public async Task<TransactionReceipt> DeployAsync<TDeployment>(
        Account signer,
        TDeployment deployment,
        CancellationToken cancellationToken = default)
        where TDeployment : ContractDeploymentMessage, new()
    {
        ArgumentNullException.ThrowIfNull(signer);
        var nonce = await GetNonceAsync(signer.Address, NonceBlock.Pending, cancellationToken).ConfigureAwait(false);
        var signed = await SignDeploymentAsync(signer, deployment, nonce, cancellationToken).ConfigureAwait(false);
        return await SendAndConfirmAsync(signed, deployment.CreateTransactionInput(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Throws when <paramref name="receipt"/> records a failed transaction, decoding the revert by replaying
    /// <paramref name="input"/> against the state before the transaction's block.
    /// </summary>
    /// <exception cref="ContractRevertException">The receipt's status is 0.</exception>
    public async Task EnsureSucceededAsync(TransactionReceipt receipt, TransactionInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        ArgumentNullException.ThrowIfNull(input);
        if (receipt.Succeeded())
        {
            return;
        }

        var replay = new CallInput(input.Data, input.To, new HexBigInteger(0)) { From = receipt.From, Gas = input.Gas };
        var parent = new BlockParameter(new HexBigInteger(receipt.BlockNumber.Value - 1));
        try
        {
            await RpcAsync(_web3.Eth.Transactions.Call.SendRequestAsync(replay, parent), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (ContractErrorDecoder.FromException(exception) is { } revert)
        {
            throw ContractErrorDecoder.Decode(revert.RevertData, receipt.TransactionHash, exception);
        }

        throw new ContractRevertException(ChainErrorCode.Unknown, null, null, string.Empty, null, receipt.TransactionHash);
    }

    /// <summary>The chain id signed into transactions (from the options, else read once from the node).</summary>
    public async Task<BigInteger> GetChainIdAsync(CancellationToken cancellationToken = default)
    {
        if (_chainId is { } known)
        {
            return known;
        }

        var chainId = await RpcAsync(_web3.Eth.ChainId.SendRequestAsync(), cancellationToken).ConfigureAwait(false);
        _chainId = chainId.Value;
        return chainId.Value;
    }

    internal Task<T> RpcAsync<T>(Task<T> request, CancellationToken cancellationToken) =>
        request.WaitAsync(_options.RequestTimeout, _timeProvider, cancellationToken);

    private async Task<SignedTransaction> SignAsync(Account signer, TransactionInput input, BigInteger nonce, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nonce);
        input.From = signer.Address;
        input.Value ??= new HexBigInteger(0);
        input.Nonce = new HexBigInteger(nonce);
        input.Gas ??= new HexBigInteger(await EstimateGasAsync(input, cancellationToken).ConfigureAwait(false));
        var fees = await GetFeesAsync(cancellationToken).ConfigureAwait(false);
        fees.ApplyTo(input);
        var chainId = await GetChainIdAsync(cancellationToken).ConfigureAwait(false);
        input.ChainId = new HexBigInteger(chainId);

        var raw = _signer.SignTransaction(signer, input, chainId).EnsureHexPrefix();
        var hash = Hash32.Parse(TransactionUtils.CalculateTransactionHash(raw).EnsureHexPrefix());
        TransactionLog.Signed(_logger, hash, signer.Address, input.To, nonce, input.Gas.Value);
        return new SignedTransaction(Convert.FromHexString(raw.AsSpan(2)), hash, nonce, signer.Address, input.To, input.Gas.Value, chainId);
    }

    private async Task<BigInteger> EstimateGasAsync(TransactionInput input, CancellationToken cancellationToken)
    {
        try
        {
            var estimate = await RpcAsync(_web3.Eth.Transactions.EstimateGas.SendRequestAsync(input), cancellationToken).ConfigureAwait(false);
            return estimate.Value * (100 + _options.GasMarginPercent) / 100;
        }
        catch (Exception exception) when (ContractErrorDecoder.FromException(exception) is { } revert)
        {
            throw revert;
        }
    }

    private async Task<TransactionFees> GetFeesAsync(CancellationToken cancellationToken)
    {
        var latest = await RpcAsync(_web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest()), cancellationToken).ConfigureAwait(false);
        if (latest.BaseFeePerGas is null)
        {
            // A chain without EIP-1559 (e.g. a Besu network with a pre-London genesis): legacy pricing.
            var gasPrice = await RpcAsync(_web3.Eth.GasPrice.SendRequestAsync(), cancellationToken).ConfigureAwait(false);
            return TransactionFees.Legacy(gasPrice.Value);
        }

        BigInteger priorityFee = _options.MaxPriorityFeePerGas
            ?? (await RpcAsync(new EthMaxPriorityFeePerGas(_web3.Client).SendRequestAsync(), cancellationToken).ConfigureAwait(false)).Value;
        return TransactionFees.Eip1559(latest.BaseFeePerGas.Value, priorityFee);
    }

    private async Task<TransactionReceipt> SendAndConfirmAsync(SignedTransaction signed, TransactionInput input, CancellationToken cancellationToken)
    {
        await SendRawAsync(signed, cancellationToken).ConfigureAwait(false);
        var receipt = await WaitForReceiptAsync(signed.Hash, cancellationToken).ConfigureAwait(false);
        input.From = signed.From;
        input.Gas = new HexBigInteger(signed.GasLimit);
        await EnsureSucceededAsync(receipt, input, cancellationToken).ConfigureAwait(false);
        return receipt;
    }
}
