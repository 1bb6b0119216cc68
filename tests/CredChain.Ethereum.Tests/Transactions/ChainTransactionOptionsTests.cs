using System.ComponentModel.DataAnnotations;
using CredChain.Ethereum.Transactions;
using Nethereum.Web3;

namespace CredChain.Ethereum.Tests.Transactions;

public sealed class ChainTransactionOptionsTests
{
    public static TheoryData<ChainTransactionOptions> OutOfRange => new()
    {
        new ChainTransactionOptions { GasMarginPercent = -1 },
        new ChainTransactionOptions { ChainId = 0 },
        new ChainTransactionOptions { ReceiptTimeout = TimeSpan.Zero },
        new ChainTransactionOptions { ReceiptPollingInterval = TimeSpan.FromHours(1) },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void TransactionService_OptionsOutOfRange_FailsAtConstruction(ChainTransactionOptions options)
    {
        Assert.Throws<ValidationException>(() => new TransactionService(new Web3("http://127.0.0.1:1"), options));
    }

    [Fact]
    public void ForDevNode_IsValidAndPollsFast()
    {
        var options = ChainTransactionOptions.ForDevNode(1337);

        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        Assert.Equal((1337L, TimeSpan.FromMilliseconds(20)), (options.ChainId, options.ReceiptPollingInterval));
    }
}
