using System.ComponentModel.DataAnnotations;
using CredChain.Verifier.Hosting;

namespace CredChain.Verifier.Hub;

/// <summary>
/// A trust-list entry for a national hub: the hub network and its <c>CheckpointRegistry</c>, the relays this portal
/// accepts, and the member networks it may verify through the hub without reaching them.
/// </summary>
internal sealed class HubOptions
{
    [Required, RegularExpression("^[a-z0-9][a-z0-9-]{0,31}$")]
    public string Key { get; set; } = "";

    [Required, StringLength(100)]
    public string NameZh { get; set; } = "";

    [Required, StringLength(100)]
    public string NameEn { get; set; } = "";

    [Required, Url]
    public string RpcUrl { get; set; } = "";

    /// <summary>The hub's <c>CheckpointRegistry</c>.</summary>
    [Required, RegularExpression(NetworkOptions.AddressPattern)]
    public string RegistryAddress { get; set; } = "";

    [MinLength(1)]
    public List<HubRelayOptions> Relays { get; set; } = [];

    [MinLength(1)]
    public List<HubMemberOptions> Members { get; set; } = [];
}
