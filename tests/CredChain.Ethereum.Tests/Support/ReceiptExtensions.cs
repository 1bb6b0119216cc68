using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;

namespace CredChain.Ethereum.Tests.Support;

internal static class ReceiptExtensions
{
    /// <summary>The one-block range that holds the receipt's logs.</summary>
    public static BlockRange Block(this TransactionReceipt receipt) => new(receipt.BlockNumber, receipt.BlockNumber);
}
