using System.ComponentModel.DataAnnotations;
using CredChain.Verifier.Hosting;

namespace CredChain.Verifier.Hub;

/// <summary>A relay this portal accepts: where it serves proofs, and the hub account it posts checkpoints from.</summary>
internal sealed class HubRelayOptions
{
    [Required, Url]
    public string Url { get; set; } = "";

    [Required, RegularExpression(NetworkOptions.AddressPattern)]
    public string Account { get; set; } = "";
}
