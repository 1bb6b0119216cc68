using System.ComponentModel.DataAnnotations;
using CredChain.Ethereum.Transactions;

namespace CredChain.Verifier.Indexing;

/// <summary>Event index settings (section <c>Index</c>).</summary>
internal sealed class IndexOptions
{
    public const string SectionName = "Index";

    /// <summary>Off: every lookup is one <c>eth_call</c> of the registry's verify view.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the index asks each network for new blocks.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The index answers only while its last successful sync is this recent; otherwise lookups go to the chain.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan MaxStaleness { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Most blocks one <c>eth_getLogs</c> request covers, for the index catching up and for the lookups that read a
    /// root's anchoring events. At most the nodes' limit: Besu refuses more than <c>--rpc-max-logs-range</c> blocks
    /// (1000 by default; <c>credchain network init</c> writes it into <c>config.toml</c>).
    /// </summary>
    [Range(1, 100_000)]
    public int MaxBlockRange { get; set; } = ChainTransactionOptions.DefaultMaxLogsRange;

    /// <summary>First wait after an RPC failure; doubles up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}
