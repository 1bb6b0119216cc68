using System.ComponentModel.DataAnnotations;

namespace CredChain.Ethereum.Transactions;

/// <summary>How transactions are priced, signed and awaited.</summary>
public sealed class ChainTransactionOptions
{
    /// <summary>Chain id signed into every transaction; when null it is read once from <c>eth_chainId</c>.</summary>
    [Range(1, long.MaxValue)]
    public long? ChainId { get; set; }

    /// <summary>Extra gas on top of <c>eth_estimateGas</c>, in percent.</summary>
    [Range(0, 200)]
    public int GasMarginPercent { get; set; } = 25;

    /// <summary>Priority fee for EIP-1559 transactions; when null it is read from <c>eth_maxPriorityFeePerGas</c>.</summary>
    public long? MaxPriorityFeePerGas { get; set; }

    /// <summary>How long <see cref="TransactionService.WaitForReceiptAsync(CredChain.Core.Hashing.Hash32, CancellationToken)"/> waits.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan ReceiptTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Delay between two receipt look-ups (keep it low for the dev node, which mines instantly).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan ReceiptPollingInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Upper bound for any single JSON-RPC request made by this library.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Most blocks one <c>eth_getLogs</c> request covers: longer ranges are read in chunks of this size. Match the
    /// node's limit (Besu's <c>--rpc-max-logs-range</c>, 1000 by default), or a smaller value.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxLogsRange { get; set; } = DefaultMaxLogsRange;

    /// <summary>Besu's default <c>--rpc-max-logs-range</c>.</summary>
    public const int DefaultMaxLogsRange = 1_000;

    /// <summary>Settings for a local dev node: fast receipt polling, short timeouts.</summary>
    public static ChainTransactionOptions ForDevNode(long chainId) => new()
    {
        ChainId = chainId,
        ReceiptTimeout = TimeSpan.FromSeconds(30),
        ReceiptPollingInterval = TimeSpan.FromMilliseconds(20),
        RequestTimeout = TimeSpan.FromSeconds(15),
    };
}
