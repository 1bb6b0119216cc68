using System.ComponentModel.DataAnnotations;
using CredChain.Verifier.Hosting;

namespace CredChain.Verifier.Hub;

/// <summary>A member network a hub checkpoints, as this portal names it.</summary>
internal sealed class HubMemberOptions
{
    [Required, StringLength(100)]
    public string NameZh { get; set; } = "";

    [Required, StringLength(100)]
    public string NameEn { get; set; } = "";

    [Range(1, long.MaxValue)]
    public long ChainId { get; set; }

    /// <summary>The member's <c>CredentialRegistry</c>.</summary>
    [Required, RegularExpression(NetworkOptions.AddressPattern)]
    public string RegistryAddress { get; set; } = "";
}
