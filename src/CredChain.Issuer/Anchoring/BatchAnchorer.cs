using CredChain.Ethereum.Transactions;
using CredChain.Issuer.Accounts;
using CredChain.Issuer.Storage;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;

namespace CredChain.Issuer.Anchoring;

/// <summary>
/// The write-ahead anchoring protocol for one batch:
/// (1) build the tree, sign <c>anchor(root)</c> with an explicit nonce, and commit root, nonce, raw transaction and hash
/// (state <c>anchoring</c>) before anything is sent; (2) send; (3) wait for the receipt; (4) commit <c>anchored</c>.
/// A batch found <c>anchoring</c> (after a crash or a chain error) is reconciled: receipt by hash, else the registry's record
/// of the root, else the same signed transaction is sent again. A root is only ever signed into one live transaction.
/// A reverted transaction sends the batch back to pending: signing it again either works (the cause is gone) or
/// reverts at gas estimation with the contract's error, which fails the batch (see <see cref="DeterministicFailures"/>).
/// </summary>
internal sealed partial class BatchAnchorer(
    ChainGateway chain,
    IFaultInjector faults,
    MerkleTreeCache trees,
    TimeProvider timeProvider,
    ILogger<BatchAnchorer> logger)
{
    public async Task AnchorAsync(IssuerDbContext db, BatchRecord batch, IssuerAccount account, CancellationToken cancellationToken)
    {
        if (batch.State == BatchState.Pending)
        {
            await WriteAheadAsync(db, batch, account, cancellationToken);
            await faults.ReachedAsync(FaultPoint.BeforeSend, batch.Id, cancellationToken);
            await chain.SendRawAsync(account, batch.SignedTransaction!, batch.TransactionHash!, batch.Nonce!.Value, cancellationToken);
            var sentHash = Hex(batch.TransactionHash!);
            LogSent(logger, batch.Id, sentHash, batch.Nonce!.Value);
            await faults.ReachedAsync(FaultPoint.AfterSend, batch.Id, cancellationToken);
        }
        else if (!await ReconcileAsync(db, batch, account, cancellationToken))
        {
            return;
        }

        var receipt = await chain.WaitForReceiptAsync(batch.TransactionHash!, cancellationToken);
        await faults.ReachedAsync(FaultPoint.AfterReceipt, batch.Id, cancellationToken);
        await FinishAsync(db, batch, receipt, cancellationToken);
    }

    private async Task WriteAheadAsync(IssuerDbContext db, BatchRecord batch, IssuerAccount account, CancellationToken cancellationToken)
    {
        // Membership is fixed once a batch is closed: the tree built here also serves the documents' paths later.
        var tree = await trees.GetAsync(db, batch.Id, cancellationToken);
        var root = tree.Root.ToByteArray();
        var nonce = await chain.GetNonceAsync(account, NonceBlock.Pending, cancellationToken);
        var signed = await chain.SignAnchorAsync(account, root, nonce, cancellationToken);

        batch.Root = root;
        batch.Nonce = nonce;
        batch.SignedTransaction = signed.RawTransaction;
        batch.TransactionHash = signed.Hash.ToByteArray();
        batch.State = BatchState.Anchoring;
        batch.Attempts++;
        batch.CredentialCount = tree.Count;
        await db.SaveChangesAsync(cancellationToken);
        var rootHex = Hex(root);
        LogWrittenAhead(logger, batch.Id, rootHex, nonce, tree.Count);
    }

    /// <summary>Returns true when the caller should wait for the batch's receipt; false when the batch is settled or was reset.</summary>
    private async Task<bool> ReconcileAsync(IssuerDbContext db, BatchRecord batch, IssuerAccount account, CancellationToken cancellationToken)
    {
        var receipt = await chain.GetReceiptAsync(batch.TransactionHash!, cancellationToken);
        if (receipt is not null)
        {
            await FinishAsync(db, batch, receipt, cancellationToken);
            return false;
        }

        var record = await chain.GetRootAsync(account.Signer.Address, batch.Root!, cancellationToken);
        if (record.Anchored)
        {
            // Only our own signed transaction carries this root for our account, so it is mined and its receipt will show up.
            LogRootAlreadyOnChain(logger, batch.Id, record.Issuer ?? "?");
            return true;
        }

        try
        {
            await chain.SendRawAsync(account, batch.SignedTransaction!, batch.TransactionHash!, batch.Nonce!.Value, cancellationToken);
            var resentHash = Hex(batch.TransactionHash!);
            LogResent(logger, batch.Id, resentHash);
            return true;
        }
        catch (RpcResponseException ex)
        {
            var latest = await chain.GetNonceAsync(account, NonceBlock.Latest, cancellationToken);
            if (latest <= batch.Nonce!.Value)
            {
                throw;
            }

            // The nonce went to another transaction and ours was never mined (no receipt, root not anchored): sign afresh.
            LogNonceTaken(logger, batch.Id, batch.Nonce.Value, ex.Message);
            await ResetAsync(db, batch, "Nonce consumed by another transaction; re-signing.", cancellationToken);
            return false;
        }
    }

    private async Task FinishAsync(IssuerDbContext db, BatchRecord batch, TransactionReceipt receipt, CancellationToken cancellationToken)
    {
        if (receipt.Status?.Value != 1)
        {
            // A mined, reverted transaction can never be mined again: signing afresh is safe, and shows why it reverted.
            await ResetAsync(db, batch, $"Transaction {receipt.TransactionHash} reverted.", cancellationToken);
            return;
        }

        await chain.WaitForConfirmationsAsync(receipt, timeProvider, cancellationToken);
        batch.State = BatchState.Anchored;
        batch.BlockNumber = (long)receipt.BlockNumber.Value;
        batch.GasUsed = (long)receipt.GasUsed.Value;
        batch.AnchoredAtMs = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        batch.LastError = null;
        await db.SaveChangesAsync(cancellationToken);
        var anchoredRoot = Hex(batch.Root!);
        LogAnchored(logger, batch.Id, anchoredRoot, batch.BlockNumber.Value, batch.GasUsed.Value);
    }

    /// <summary>Back to pending: the old signed transaction can never be mined (reverted, or its nonce is used), so a new one is safe.</summary>
    private static async Task ResetAsync(IssuerDbContext db, BatchRecord batch, string reason, CancellationToken cancellationToken)
    {
        batch.State = BatchState.Pending;
        batch.Nonce = null;
        batch.SignedTransaction = null;
        batch.TransactionHash = null;
        batch.Root = null;
        batch.LastError = reason;
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Hex(byte[] bytes) => "0x" + Convert.ToHexStringLower(bytes);

    [LoggerMessage(EventId = 1401, Level = LogLevel.Information, Message = "Batch {BatchId} written ahead: root {Root}, nonce {Nonce}, {Count} credentials")]
    private static partial void LogWrittenAhead(ILogger logger, Guid batchId, string root, long nonce, int count);

    [LoggerMessage(EventId = 1402, Level = LogLevel.Information, Message = "Batch {BatchId} sent as {TransactionHash} (nonce {Nonce})")]
    private static partial void LogSent(ILogger logger, Guid batchId, string transactionHash, long nonce);

    [LoggerMessage(EventId = 1403, Level = LogLevel.Information, Message = "Batch {BatchId} anchored: root {Root} in block {BlockNumber}, gas {GasUsed}")]
    private static partial void LogAnchored(ILogger logger, Guid batchId, string root, long blockNumber, long gasUsed);

    [LoggerMessage(EventId = 1404, Level = LogLevel.Warning, Message = "Batch {BatchId} reconciled: same signed transaction {TransactionHash} sent again")]
    private static partial void LogResent(ILogger logger, Guid batchId, string transactionHash);

    [LoggerMessage(EventId = 1405, Level = LogLevel.Warning, Message = "Batch {BatchId}: nonce {Nonce} was used by another transaction ({Error}); the batch will be signed again")]
    private static partial void LogNonceTaken(ILogger logger, Guid batchId, long nonce, string error);

    [LoggerMessage(EventId = 1406, Level = LogLevel.Information, Message = "Batch {BatchId} reconciled: the registry already records the root (issuer {Issuer}); waiting for the receipt")]
    private static partial void LogRootAlreadyOnChain(ILogger logger, Guid batchId, string issuer);
}
