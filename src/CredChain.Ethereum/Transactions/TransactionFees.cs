using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;

namespace CredChain.Ethereum.Transactions;

/// <summary>Fee fields of a transaction: EIP-1559 when the chain has a base fee, legacy otherwise.</summary>
internal sealed record TransactionFees(BigInteger? GasPrice, BigInteger? MaxFeePerGas, BigInteger? MaxPriorityFeePerGas)
{
    public bool IsEip1559 => MaxFeePerGas is not null;

    public static TransactionFees Legacy(BigInteger gasPrice) => new(gasPrice, null, null);

    /// <summary>Max fee of twice the base fee plus the tip survives several full blocks of base fee growth.</summary>
    public static TransactionFees Eip1559(BigInteger baseFee, BigInteger priorityFee) =>
        new(null, (baseFee * 2) + priorityFee, priorityFee);

    public void ApplyTo(TransactionInput input)
    {
        if (IsEip1559)
        {
            input.Type = new HexBigInteger(2);
            input.MaxFeePerGas = new HexBigInteger(MaxFeePerGas!.Value);
            input.MaxPriorityFeePerGas = new HexBigInteger(MaxPriorityFeePerGas!.Value);
            input.GasPrice = null;
        }
        else
        {
            input.Type = null;
            input.GasPrice = new HexBigInteger(GasPrice!.Value);
            input.MaxFeePerGas = null;
            input.MaxPriorityFeePerGas = null;
        }
    }
}
