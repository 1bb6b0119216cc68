using System.ComponentModel.DataAnnotations;

namespace CredChain.Issuer.Publications;

/// <summary>
/// Section <c>Publication</c>: publishing encrypted copies of issued credentials to the portal, so that a printed
/// certificate's QR code verifies on its own. The portal is <c>Portal:BaseUrl</c>; it knows this service by the SHA-256
/// of <see cref="PortalToken"/> (its <c>Publications:Publishers</c>).
/// </summary>
internal sealed class PublishingOptions : IValidatableObject
{
    public const string SectionName = "Publication";

    /// <summary>Whether an upload without <c>?publish=</c> is published (on in the dev demo, off by default).</summary>
    public bool PublishByDefault { get; set; }

    /// <summary>The bearer token the portal accepts from this service (a secret: set it from the environment).</summary>
    public string? PortalToken { get; set; }

    /// <summary>Most ciphertext bytes per publish request (the portal's <c>Publications:MaxRequestBytes</c> must allow it).</summary>
    [Range(64 * 1024, 64 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 4 * 1024 * 1024;

    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan Poll { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool CanPublish => !string.IsNullOrWhiteSpace(PortalToken);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PublishByDefault && !CanPublish)
        {
            yield return new ValidationResult("Publication:PublishByDefault needs Publication:PortalToken.", [nameof(PortalToken)]);
        }
    }
}
