using System.ComponentModel.DataAnnotations;

namespace CredChain.Verifier.Publications;

/// <summary>One issuing service allowed to publish (<c>Publications:Publishers:N</c>).</summary>
internal sealed class PublisherOptions
{
    /// <summary>Recorded with every share it publishes; only the same publisher can withdraw them.</summary>
    [Required, MaxLength(100)]
    public string Name { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the publisher's bearer token (<c>credchain token</c>-style secrets stay with the issuer).</summary>
    [Required, RegularExpression("^[0-9a-f]{64}$")]
    public string TokenSha256 { get; set; } = "";
}
