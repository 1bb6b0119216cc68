using System.Text.RegularExpressions;

namespace CredChain.Verifier.Shares;

/// <summary>
/// A share's lookup id: 128 bits the browser derives (HKDF-SHA256, info "credchain/share/id") from the verification code,
/// written as 26 lower-case Crockford base32 characters. Knowing it lets one fetch the ciphertext, not decrypt it.
/// </summary>
internal static partial class ShareId
{
    public const int Length = 26;

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^[0-9a-hjkmnp-tv-z]{26}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
