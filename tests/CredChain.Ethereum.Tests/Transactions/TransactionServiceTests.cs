using System.Numerics;
using CredChain.Core.Hashing;
using CredChain.Ethereum.Errors;
using CredChain.Ethereum.Generated.CredentialRegistry;
using CredChain.Ethereum.Tests.Support;
using CredChain.Ethereum.Transactions;
using Microsoft.Extensions.Time.Testing;
using Nethereum.RPC.Eth.DTOs;

namespace CredChain.Ethereum.Tests.Transactions;

[Collection(ChainTests.Name)]
public sealed class TransactionServiceTests(ChainFixture chain)
{
    [Fact]
    public async Task SignAnchor_BeforeSending_ReturnsHashAndNonceOfATransactionTheNodeDoesNotKnowYet()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();
        var nonce = await chain.Transactions.GetNonceAsync(issuer.Address, NonceBlock.Pending);

        var signed = await chain.Registry.SignAnchorAsync(issuer, Bytes32.Random(), nonce);

        Assert.Null(await chain.Web3.Eth.Transactions.GetTransactionByHash.SendRequestAsync(signed.Hash.ToString()));
        Assert.Equal(
            (nonce, (BigInteger)chain.Node.ChainId, issuer.Address, chain.Registry.Address),
            (signed.Nonce, signed.ChainId, signed.From, signed.To));
        var sentHash = await chain.Transactions.SendRawAsync(signed);
        var receipt = await chain.Transactions.WaitForReceiptAsync(signed.Hash);
        var mined = await chain.Web3.Eth.Transactions.GetTransactionByHash.SendRequestAsync(signed.Hash.ToString());
        Assert.Equal(
            (signed.Hash, signed.Hash, true, nonce, (BigInteger)2),
            (sentHash, Hash32.Parse(receipt.TransactionHash), receipt.Succeeded(), mined.Nonce.Value, mined.Type.Value));
        Assert.InRange(receipt.GasUsed.Value, BigInteger.One, signed.GasLimit);
    }

    [Fact]
    public async Task SendRaw_SameTransactionAgainAfterItWasMined_ReturnsItsHashWithoutSendingTwice()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();
        var signed = await chain.Registry.SignAnchorAsync(issuer, Bytes32.Random(), await chain.Transactions.GetNonceAsync(issuer.Address, NonceBlock.Pending));
        await chain.Transactions.SendRawAsync(signed);
        await chain.Transactions.WaitForReceiptAsync(signed.Hash);

        var again = await chain.Transactions.SendRawAsync(signed);

        Assert.Equal(
            (signed.Hash, signed.Nonce + 1),
            (again, await chain.Transactions.GetNonceAsync(issuer.Address, NonceBlock.Latest)));
    }

    [Fact]
    public async Task GetNonce_WhileATransactionIsInThePool_PendingIsOneAheadOfLatest()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();
        var signed = await chain.Registry.SignAnchorAsync(issuer, Bytes32.Random(), await chain.Transactions.GetNonceAsync(issuer.Address, NonceBlock.Pending));
        BigInteger pending, latest;
        await chain.Web3.Client.SendRequestAsync("evm_setAutomine", null, false);
        try
        {
            await chain.Transactions.SendRawAsync(signed);
            pending = await chain.Transactions.GetNonceAsync(issuer.Address, NonceBlock.Pending);
            latest = await chain.Transactions.GetNonceAsync(issuer.Address, NonceBlock.Latest);
            await chain.Web3.Client.SendRequestAsync("evm_mine", null);
        }
        finally
        {
            await chain.Web3.Client.SendRequestAsync("evm_setAutomine", null, true);
        }

        await chain.Transactions.WaitForReceiptAsync(signed.Hash);
        Assert.Equal(
            (signed.Nonce + 1, signed.Nonce, signed.Nonce + 1),
            (pending, latest, await chain.Transactions.GetNonceAsync(issuer.Address, NonceBlock.Latest)));
    }

    [Fact]
    public async Task WaitForReceipt_TransactionNeverMined_ThrowsReceiptTimeoutWhenTheTimeoutElapses()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var service = new TransactionService(chain.Web3, chain.Node.TransactionOptions, time);
        var unknownHash = Hash32.FromBytes(Bytes32.Random());

        var wait = service.WaitForReceiptAsync(unknownHash, TimeSpan.FromSeconds(5));
        for (var step = 0; step < 1000 && !wait.IsCompleted; step++)
        {
            time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(5);
        }

        var exception = await Assert.ThrowsAsync<ReceiptTimeoutException>(() => wait);
        Assert.Equal((unknownHash.ToString(), TimeSpan.FromSeconds(5)), (exception.TransactionHash, exception.Timeout));
    }

    [Fact]
    public async Task WaitForReceipt_CallerCancels_ThrowsOperationCanceledNotTimeout()
    {
        using var cancellation = new CancellationTokenSource();
        var unknownHash = Hash32.FromBytes(Bytes32.Random());

        var wait = chain.Transactions.WaitForReceiptAsync(unknownHash, TimeSpan.FromMinutes(5), cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
    }

    [Fact]
    public async Task Execute_TransactionThatRevertsOnceMined_DecodesTheErrorByReplayingIt()
    {
        var issuer = await chain.NewAccreditedIssuerAsync();
        var root = Bytes32.Random();
        await chain.Registry.AnchorAsync(issuer, root);
        // An explicit gas limit skips estimation, so the duplicate anchor is mined and fails on chain.
        var duplicate = new AnchorFunction { Root = root, Gas = 100_000 };

        var exception = await Revert.AssertAsync(
            ChainErrorCode.RootAlreadyAnchored,
            () => chain.Transactions.ExecuteAsync(issuer, chain.Registry.Address, duplicate),
            ("root", root));

        var receipt = await chain.Transactions.GetReceiptAsync(Hash32.Parse(exception.TransactionHash!));
        Assert.Equal(false, receipt?.Succeeded());
    }

    [Fact]
    public async Task GetReceipt_UnknownTransaction_ReturnsNull()
    {
        Assert.Null(await chain.Transactions.GetReceiptAsync(Hash32.FromBytes(Bytes32.Random())));
    }

    [Fact]
    public async Task GetChainId_WithoutConfiguredChainId_ReadsItFromTheNode()
    {
        var service = new TransactionService(chain.Web3, new ChainTransactionOptions());

        Assert.Equal(new BigInteger(chain.Node.ChainId), await service.GetChainIdAsync());
    }
}
