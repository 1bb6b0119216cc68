using System.ComponentModel.DataAnnotations;
using CredChain.Ethereum.Transactions;

namespace CredChain.Relay.Options;

/// <summary>One member network the relay follows.</summary>
internal sealed class MemberOptions
{
    public const string AddressPattern = "^0x[0-9a-fA-F]{40}$";

    /// <summary>Short stable key used in logs and metrics, e.g. <c>tsinghua</c>.</summary>
    [Required, RegularExpression("^[a-z0-9][a-z0-9-]{0,31}$")]
    public string Key { get; set; } = "";

    [Range(1, long.MaxValue)]
    public long ChainId { get; set; }

    [Required, Url]
    public string RpcUrl { get; set; } = "";

    /// <summary>The member's <c>CredentialRegistry</c>.</summary>
    [Required, RegularExpression(AddressPattern)]
    public string RegistryAddress { get; set; } = "";

    /// <summary>The member's <c>IssuerRegistry</c> (governance), whose accreditation events checkpoints also cover.</summary>
    [Required, RegularExpression(AddressPattern)]
    public string GovernanceAddress { get; set; } = "";

    /// <summary>Blocks below the head a block must be before it is checkpointed (a reorg shallower than this is never seen).</summary>
    [Range(0, 10_000)]
    public int FinalityDepth { get; set; } = 2;

    /// <summary>
    /// Fewest finalized member blocks a checkpoint waits for: the checkpoint cadence (e.g. 300 blocks of 2 s = one
    /// checkpoint every 10 minutes, one hub transaction per member per period whatever the number of credentials).
    /// </summary>
    [Range(1, 1_000_000)]
    public int MinRangeBlocks { get; set; } = 1;

    /// <summary>Most member blocks one checkpoint covers (read in <c>eth_getLogs</c> ranges of at most <see cref="MaxLogsRange"/> blocks).</summary>
    [Range(1, 1_000_000)]
    public int MaxRangeBlocks { get; set; } = 5_000;

    /// <summary>
    /// Most blocks one <c>eth_getLogs</c> request to the member's node covers: at most the node's limit (Besu's
    /// <c>--rpc-max-logs-range</c>, 1000 by default, which <c>credchain network init</c> writes into <c>config.toml</c>).
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxLogsRange { get; set; } = ChainTransactionOptions.DefaultMaxLogsRange;
}
