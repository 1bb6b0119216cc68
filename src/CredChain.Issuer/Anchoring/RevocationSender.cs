using CredChain.Core.Hashing;
using CredChain.Ethereum.Transactions;
using CredChain.Issuer.Accounts;
using CredChain.Issuer.Storage;
using Microsoft.EntityFrameworkCore;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;

namespace CredChain.Issuer.Anchoring;

/// <summary>
/// Revokes on chain with the same write-ahead discipline as anchoring: the signed transaction and its hash are committed
/// (state <c>sending</c>) before the send; a <c>sending</c> revocation is reconciled by receipt or resent as is. A
/// reverted transaction sends the revocation back to pending: signed again, it either goes through or reverts at gas
/// estimation with the contract's error, which fails it (see <see cref="DeterministicFailures"/>).
/// </summary>
internal sealed partial class RevocationSender(
    ChainGateway chain, MerkleTreeCache trees, TimeProvider timeProvider, ILogger<RevocationSender> logger)
{
    public async Task SendAsync(IssuerDbContext db, RevocationRecord revocation, IssuerAccount account, CancellationToken cancellationToken)
    {
        if (revocation.State == OperationState.Pending)
        {
            await WriteAheadAsync(db, revocation, account, cancellationToken);
            await chain.SendRawAsync(account, revocation.SignedTransaction!, revocation.TransactionHash!, revocation.Nonce!.Value, cancellationToken);
        }
        else if (await chain.GetReceiptAsync(revocation.TransactionHash!, cancellationToken) is null && !await ResendAsync(db, revocation, account, cancellationToken))
        {
            return;
        }

        var receipt = await chain.WaitForReceiptAsync(revocation.TransactionHash!, cancellationToken);
        await FinishAsync(db, revocation, receipt, cancellationToken);
    }

    /// <summary>Sends the stored transaction again; false when its nonce went to another transaction and the revocation was reset.</summary>
    private async Task<bool> ResendAsync(IssuerDbContext db, RevocationRecord revocation, IssuerAccount account, CancellationToken cancellationToken)
    {
        try
        {
            await chain.SendRawAsync(account, revocation.SignedTransaction!, revocation.TransactionHash!, revocation.Nonce!.Value, cancellationToken);
            return true;
        }
        catch (RpcResponseException)
        {
            var latest = await chain.GetNonceAsync(account, NonceBlock.Latest, cancellationToken);
            if (latest <= revocation.Nonce!.Value || await chain.GetReceiptAsync(revocation.TransactionHash!, cancellationToken) is not null)
            {
                throw;
            }

            // The nonce is used and our transaction was never mined: it never will be, so a new one is safe.
            await ResetAsync(db, revocation, "Nonce consumed by another transaction; re-signing.", cancellationToken);
            return false;
        }
    }

    private static async Task ResetAsync(IssuerDbContext db, RevocationRecord revocation, string reason, CancellationToken cancellationToken)
    {
        revocation.State = OperationState.Pending;
        revocation.Nonce = null;
        revocation.SignedTransaction = null;
        revocation.TransactionHash = null;
        revocation.LastError = reason;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task WriteAheadAsync(IssuerDbContext db, RevocationRecord revocation, IssuerAccount account, CancellationToken cancellationToken)
    {
        var batch = await db.Batches.AsNoTracking().FirstAsync(b => b.Id == revocation.BatchId, cancellationToken);
        var nonce = await chain.GetNonceAsync(account, NonceBlock.Pending, cancellationToken);
        SignedTransaction signed;
        if (revocation.CredentialId is { } credentialId)
        {
            var targetHash = await db.Credentials.AsNoTracking().Where(c => c.Id == credentialId).Select(c => c.TargetHash).FirstAsync(cancellationToken);
            var tree = await trees.GetAsync(db, batch.Id, cancellationToken);
            var proof = tree.GetProof(Hash32.FromBytes(targetHash)).Select(h => h.ToByteArray());
            signed = await chain.SignRevokeCredentialAsync(account, batch.Root!, targetHash, proof, (byte)revocation.Reason, nonce, cancellationToken);
        }
        else
        {
            signed = await chain.SignRevokeBatchAsync(account, batch.Root!, (byte)revocation.Reason, nonce, cancellationToken);
        }

        revocation.Nonce = nonce;
        revocation.SignedTransaction = signed.RawTransaction;
        revocation.TransactionHash = signed.Hash.ToByteArray();
        revocation.State = OperationState.Sending;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task FinishAsync(IssuerDbContext db, RevocationRecord revocation, TransactionReceipt receipt, CancellationToken cancellationToken)
    {
        if (receipt.Status?.Value != 1)
        {
            LogReverted(logger, revocation.Id, receipt.TransactionHash);
            await ResetAsync(db, revocation, $"Transaction {receipt.TransactionHash} reverted.", cancellationToken);
            return;
        }

        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        revocation.State = OperationState.Confirmed;
        revocation.BlockNumber = (long)receipt.BlockNumber.Value;
        revocation.LastError = null;
        await db.SaveChangesAsync(cancellationToken);
        var credentials = db.Credentials.Where(c => c.BatchId == revocation.BatchId);
        if (revocation.CredentialId is { } credentialId)
        {
            credentials = credentials.Where(c => c.Id == credentialId);
        }
        else
        {
            await db.Batches.Where(b => b.Id == revocation.BatchId).ExecuteUpdateAsync(
                s => s.SetProperty(b => b.RevocationReason, revocation.Reason).SetProperty(b => b.RevokedAtMs, now), cancellationToken);
            credentials = credentials.Where(c => c.RevocationReason == null);
        }

        await credentials.ExecuteUpdateAsync(
            s => s.SetProperty(c => c.State, CredentialState.Revoked).SetProperty(c => c.RevocationReason, revocation.Reason).SetProperty(c => c.RevokedAtMs, now),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogRevoked(logger, revocation.Id, revocation.BatchId, revocation.CredentialId, revocation.Reason);
    }

    [LoggerMessage(EventId = 1501, Level = LogLevel.Information, Message = "Revocation {RevocationId} confirmed: batch {BatchId}, credential {CredentialId}, reason {Reason}")]
    private static partial void LogRevoked(ILogger logger, Guid revocationId, Guid batchId, Guid? credentialId, int reason);

    [LoggerMessage(EventId = 1502, Level = LogLevel.Warning, Message = "Revocation {RevocationId}: transaction {TransactionHash} reverted; it will be signed again")]
    private static partial void LogReverted(ILogger logger, Guid revocationId, string transactionHash);
}
