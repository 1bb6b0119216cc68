using CredChain.Core.Documents;
using Microsoft.Extensions.Options;

namespace CredChain.Verifier.Shares;

/// <summary>The share limits that depend on each other and on what the portal verifies.</summary>
internal sealed class ShareOptionsValidator : IValidateOptions<ShareOptions>
{
    public ValidateOptionsResult Validate(string? name, ShareOptions options)
    {
        // The largest document a verifier accepts (Core's limit, the one every layer shares).
        var maxDocumentBytes = CredentialLimits.MaxDocumentBytes;
        var needed = maxDocumentBytes + ShareCrypto.NonceBytes + ShareCrypto.TagBytes;
        var failures = new List<string>();
        if (options.MaxCiphertextBytes < needed)
        {
            failures.Add(
                $"Shares:MaxCiphertextBytes ({options.MaxCiphertextBytes}) must be at least {needed}: the largest document the portal verifies " +
                $"(CredentialLimits.MaxDocumentBytes, {maxDocumentBytes}) plus the {ShareCrypto.NonceBytes}-byte nonce and {ShareCrypto.TagBytes}-byte tag.");
        }

        if (options.MaxTotalCiphertextBytes < options.MaxCiphertextBytes)
        {
            failures.Add($"Shares:MaxTotalCiphertextBytes ({options.MaxTotalCiphertextBytes}) must be at least Shares:MaxCiphertextBytes ({options.MaxCiphertextBytes}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
