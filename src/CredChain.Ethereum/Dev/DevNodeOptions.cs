using System.ComponentModel.DataAnnotations;

namespace CredChain.Ethereum.Dev;

/// <summary>How <see cref="DevNode"/> starts anvil.</summary>
public sealed class DevNodeOptions
{
    /// <summary>Environment variable naming an anvil binary to use instead of the repository's npm install.</summary>
    public const string AnvilPathVariable = "CREDCHAIN_ANVIL";

    /// <summary>Explicit anvil binary; when null, <see cref="AnvilPathVariable"/> and then <c>contracts/node_modules</c> are tried.</summary>
    public string? AnvilPath { get; set; }

    /// <summary>Chain id of the dev chain.</summary>
    [Range(1, long.MaxValue)]
    public long ChainId { get; set; } = 1337;

    /// <summary>Loopback port to listen on; 0 lets the OS choose a free one.</summary>
    [Range(0, 65535)]
    public int Port { get; set; }

    /// <summary>State file: loaded at start when it exists, written on graceful stop (and every <see cref="StateInterval"/>).</summary>
    public string? StateFile { get; set; }

    /// <summary>Also write the state file periodically, so a crash loses at most this much.</summary>
    public TimeSpan? StateInterval { get; set; }

    /// <summary>Mine a block at this interval instead of one block per transaction.</summary>
    public TimeSpan? BlockTime { get; set; }

    /// <summary>How long to wait for the node to answer <c>eth_chainId</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:10:00")]
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a graceful stop may take before the process is killed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:10:00")]
    public TimeSpan StopTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
