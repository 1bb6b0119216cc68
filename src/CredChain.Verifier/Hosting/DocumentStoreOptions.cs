using System.ComponentModel.DataAnnotations;

namespace CredChain.Verifier.Hosting;

/// <summary>
/// An OpenAttestation <c>DocumentStore</c> on a trusted network, and the institution that owns it: how an
/// OpenAttestation document's issuer is identified without asking DNS at verification time.
/// </summary>
internal sealed class DocumentStoreOptions
{
    [Required, RegularExpression(NetworkOptions.AddressPattern)]
    public string Address { get; set; } = "";

    [Required, StringLength(100)]
    public string NameZh { get; set; } = "";

    [Required, StringLength(100)]
    public string NameEn { get; set; } = "";

    /// <summary>The domain whose DNS-TXT record the institution publishes for this store (shown to readers, not looked up).</summary>
    [StringLength(253), RegularExpression("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$")]
    public string? DnsLocation { get; set; }
}
