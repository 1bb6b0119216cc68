using System.ComponentModel.DataAnnotations;

namespace CredChain.Issuer.Auth;

/// <summary>Bearer token validation (section <c>Auth</c>): either asymmetric public keys or an OIDC authority.</summary>
internal sealed class AuthOptions : IValidatableObject
{
    public const string SectionName = "Auth";

    /// <summary>Expected <c>iss</c> of every token.</summary>
    [Required]
    public string Issuer { get; set; } = "";

    /// <summary>Expected <c>aud</c> of every token.</summary>
    [Required]
    public string Audience { get; set; } = "";

    /// <summary>OIDC authority whose discovery document supplies the signing keys; when set, <see cref="SigningKeys"/> may be empty.</summary>
    public string? Authority { get; set; }

    /// <summary>PEM-encoded public keys (EC P-256 for ES256 or RSA for RS256), inline.</summary>
    public IList<string> SigningKeys { get; } = [];

    /// <summary>Paths of PEM files holding public keys.</summary>
    public IList<string> SigningKeyFiles { get; } = [];

    [Range(0, 300)]
    public int ClockSkewSeconds { get; set; } = 30;

    /// <summary>Configuration providers can leave blank entries (e.g. an emptied environment variable); they count as absent.</summary>
    internal static bool IsSet(string? value) => !string.IsNullOrWhiteSpace(value);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Authority) && !SigningKeys.Any(IsSet) && !SigningKeyFiles.Any(IsSet))
        {
            yield return new ValidationResult(
                "Configure Auth:Authority or at least one of Auth:SigningKeys / Auth:SigningKeyFiles.",
                [nameof(Authority), nameof(SigningKeys), nameof(SigningKeyFiles)]);
        }

        foreach (var file in SigningKeyFiles.Where(f => IsSet(f) && !File.Exists(f)))
        {
            yield return new ValidationResult($"Auth:SigningKeyFiles names '{file}', which does not exist (`credchain token` creates the dev key).", [nameof(SigningKeyFiles)]);
        }
    }
}
