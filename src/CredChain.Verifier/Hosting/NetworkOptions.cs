using System.ComponentModel.DataAnnotations;

namespace CredChain.Verifier.Hosting;

/// <summary>One trusted network: where to reach it and which contracts on it to believe.</summary>
internal sealed class NetworkOptions
{
    public const string AddressPattern = "^0x[0-9a-fA-F]{40}$";

    /// <summary>Short stable key used in logs and metrics, e.g. <c>cn-edu</c>.</summary>
    [Required, RegularExpression("^[a-z0-9][a-z0-9-]{0,31}$")]
    public string Key { get; set; } = "";

    [Required, StringLength(100)]
    public string NameZh { get; set; } = "";

    [Required, StringLength(100)]
    public string NameEn { get; set; } = "";

    [Range(1, long.MaxValue)]
    public long ChainId { get; set; }

    [Required, Url]
    public string RpcUrl { get; set; } = "";

    [Required, RegularExpression(AddressPattern)]
    public string RegistryAddress { get; set; } = "";

    [Required, RegularExpression(AddressPattern)]
    public string GovernanceAddress { get; set; } = "";

    /// <summary>Block the contracts were deployed in; the event index starts there.</summary>
    [Range(0, long.MaxValue)]
    public long DeploymentBlock { get; set; }

    /// <summary>OpenAttestation document stores on this network, each with the institution that owns it.</summary>
    public List<DocumentStoreOptions> DocumentStores { get; set; } = [];
}
