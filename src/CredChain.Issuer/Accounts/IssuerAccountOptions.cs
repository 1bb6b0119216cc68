using System.ComponentModel.DataAnnotations;

namespace CredChain.Issuer.Accounts;

/// <summary>
/// One issuer account the service signs for (<c>Issuer:Accounts:N</c>). The key comes from an encrypted
/// Nethereum keystore file whose password is in an environment variable, or from an environment variable holding the
/// hex private key. Only variable names are configured here, never secrets.
/// </summary>
internal sealed class IssuerAccountOptions : IValidatableObject
{
    /// <summary>Display name written into each credential's <c>issuer.name</c>.</summary>
    [Required]
    [MaxLength(200)]
    public string Name { get; set; } = "";

    /// <summary>Expected address; when set, start fails if the key does not match it.</summary>
    [RegularExpression("^0x[0-9a-fA-F]{40}$")]
    public string? Address { get; set; }

    /// <summary>Name of the environment variable holding the 0x-hex private key.</summary>
    public string? PrivateKeyEnv { get; set; }

    /// <summary>Path of a Web3 Secret Storage (keystore v3) JSON file.</summary>
    public string? KeyStoreFile { get; set; }

    /// <summary>Name of the environment variable holding the keystore password.</summary>
    public string? KeyStorePasswordEnv { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var hasEnvKey = !string.IsNullOrWhiteSpace(PrivateKeyEnv);
        var hasKeyStore = !string.IsNullOrWhiteSpace(KeyStoreFile);
        if (hasEnvKey == hasKeyStore)
        {
            yield return new ValidationResult($"Account '{Name}': set exactly one of PrivateKeyEnv or KeyStoreFile.", [nameof(PrivateKeyEnv), nameof(KeyStoreFile)]);
        }

        if (hasKeyStore && string.IsNullOrWhiteSpace(KeyStorePasswordEnv))
        {
            yield return new ValidationResult($"Account '{Name}': KeyStoreFile needs KeyStorePasswordEnv.", [nameof(KeyStorePasswordEnv)]);
        }
    }
}
