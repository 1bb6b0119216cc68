using System.ComponentModel.DataAnnotations;

namespace CredChain.Relay.Options;

/// <summary>The relay: its hub, its signing key and the member networks it follows.</summary>
internal sealed class RelayOptions
{
    public const string Section = "Relay";

    /// <summary>SQLite file of the write-ahead checkpoint store.</summary>
    [Required]
    public string DatabasePath { get; set; } = "data/relay.db";

    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    [Required, Url]
    public string HubRpcUrl { get; set; } = "";

    /// <summary>The hub's <c>CheckpointRegistry</c>.</summary>
    [Required, RegularExpression(MemberOptions.AddressPattern)]
    public string HubRegistry { get; set; } = "";

    /// <summary>The relay account's private key (0x + 64 hex): a secret, from configuration or the environment, never logged.</summary>
    [Required, RegularExpression("^0x[0-9a-fA-F]{64}$")]
    public string PrivateKey { get; set; } = "";

    /// <summary>Receipt polling of hub transactions (short on a dev node).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan ReceiptPollingInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    [MinLength(1)]
    public List<MemberOptions> Members { get; set; } = [];

    /// <summary>Whether the hosted worker runs rounds on its own (tests turn it off and drive rounds themselves).</summary>
    public bool RunWorker { get; set; } = true;

    /// <summary>Fault injection for the crash drill: exit the process right after a checkpoint is built and stored, before it is sent.</summary>
    public bool CrashAfterBuild { get; set; }
}
