using CredChain.Ethereum.Transactions;
using Nethereum.RPC.Eth.DTOs;

namespace CredChain.Ethereum.Tests.Transactions;

public sealed class TransactionFeesTests
{
    [Fact]
    public void Eip1559_ZeroBaseFeeAndTip_AsOnAFreeGasBesuNetwork_PaysNothing()
    {
        var input = new TransactionInput();

        TransactionFees.Eip1559(0, 0).ApplyTo(input);

        Assert.Equal((2, 0, 0, (object?)null), ((int)input.Type.Value, (int)input.MaxFeePerGas.Value, (int)input.MaxPriorityFeePerGas.Value, (object?)input.GasPrice));
    }

    [Fact]
    public void Eip1559_MaxFee_IsTwiceTheBaseFeePlusTheTip()
    {
        var input = new TransactionInput();

        TransactionFees.Eip1559(1_000, 7).ApplyTo(input);

        Assert.Equal((2_007, 7), ((int)input.MaxFeePerGas.Value, (int)input.MaxPriorityFeePerGas.Value));
    }

    [Fact]
    public void Legacy_SetsTheGasPriceAndNoTypedFields()
    {
        var input = new TransactionInput();

        TransactionFees.Legacy(42).ApplyTo(input);

        Assert.Equal((42, (object?)null, (object?)null, (object?)null), ((int)input.GasPrice.Value, (object?)input.Type, (object?)input.MaxFeePerGas, (object?)input.MaxPriorityFeePerGas));
    }
}
