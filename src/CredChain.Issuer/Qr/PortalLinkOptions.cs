using System.ComponentModel.DataAnnotations;

namespace CredChain.Issuer.Qr;

/// <summary>Section <c>Portal</c>: where the public verification portal lives, for QR codes and links.</summary>
internal sealed class PortalLinkOptions
{
    public const string SectionName = "Portal";

    /// <summary>Absolute base URL of the portal, e.g. <c>https://verify.example.edu.cn</c>.</summary>
    [Required]
    [Url]
    public string BaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>Path of the portal's page for one credential; <c>{id}</c> is replaced by the credential id (a UUID).</summary>
    [Required]
    [RegularExpression(@"^/.*\{id\}.*$", ErrorMessage = "VerifyPath must start with '/' and contain '{id}'.")]
    public string VerifyPath { get; set; } = "/v/{id}";

    public Uri VerificationUrl(Guid credentialId) =>
        new(BaseUrl.TrimEnd('/') + VerifyPath.Replace("{id}", credentialId.ToString(), StringComparison.Ordinal), UriKind.Absolute);
}
