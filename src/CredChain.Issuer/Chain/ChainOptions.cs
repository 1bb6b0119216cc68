using System.ComponentModel.DataAnnotations;

namespace CredChain.Issuer.Chain;

/// <summary>Section <c>Chain</c>: the JSON-RPC node and the credential registry.</summary>
internal sealed class ChainOptions
{
    public const string SectionName = "Chain";

    [Required]
    [Url]
    public string RpcUrl { get; set; } = "http://127.0.0.1:8545";

    /// <summary>Chain id used in issuer DIDs and transaction signatures (the dev node uses 1337).</summary>
    [Range(1, long.MaxValue)]
    public long ChainId { get; set; } = 1337;

    [Required]
    [RegularExpression("^0x[0-9a-fA-F]{40}$")]
    public string CredentialRegistryAddress { get; set; } = "";

    /// <summary>Blocks on top of the receipt's block before a batch counts as anchored (0 on the dev node and QBFT).</summary>
    [Range(0, 1000)]
    public int Confirmations { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ReceiptTimeout { get; set; } = TimeSpan.FromSeconds(60);

    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan ReceiptPollingInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Sign with a publicly known example key (anvil's dev accounts, the example Besu network's keys) outside the
    /// Development environment. Off: the service refuses to start on one. Only for a throwaway test network.
    /// </summary>
    public bool AllowExampleKeys { get; set; }
}
