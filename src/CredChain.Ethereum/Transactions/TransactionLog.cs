using System.Numerics;
using CredChain.Core.Hashing;
using Microsoft.Extensions.Logging;

namespace CredChain.Ethereum.Transactions;

internal static partial class TransactionLog
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Debug, Message = "Signed transaction {Hash} from {From} to {To} with nonce {Nonce} and gas limit {GasLimit}")]
    public static partial void Signed(ILogger logger, Hash32 hash, string from, string? to, BigInteger nonce, BigInteger gasLimit);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Debug, Message = "Sent transaction {Hash}")]
    public static partial void Sent(ILogger logger, Hash32 hash);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Transaction {Hash} was already known to the node; not sent again")]
    public static partial void AlreadyKnown(ILogger logger, Hash32 hash);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Debug, Message = "Transaction {Hash} mined in block {BlockNumber} with status {Status}, gas used {GasUsed}")]
    public static partial void Mined(ILogger logger, Hash32 hash, BigInteger blockNumber, BigInteger status, BigInteger gasUsed);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Warning, Message = "No receipt for transaction {Hash} after {TimeoutSeconds} s")]
    public static partial void ReceiptTimedOut(ILogger logger, Hash32 hash, double timeoutSeconds);
}
