namespace CredChain.Core.Documents;

/// <summary>
/// The one set of size limits every layer agrees on. Verifiers (the portal, the CLI) accept any document within
/// <see cref="MaxDocumentBytes"/>, <see cref="MaxDepth"/> and <see cref="MaxStringBytes"/>; the issuing side refuses,
/// field by field, anything that would not fit, and keeps each issued document within <see cref="MaxIssuedBytes"/>, so
/// that every certificate that is issued can also be verified, whatever a holder's tool does to its layout.
/// </summary>
public static class CredentialLimits
{
    /// <summary>
    /// Largest document a verifier accepts, in bytes (UTF-8, as uploaded). Four times <see cref="MaxIssuedBytes"/>: room
    /// for an anchored proof, pretty-printing and <c>\uXXXX</c>-escaped text added by a holder's tools.
    /// </summary>
    public const int MaxDocumentBytes = 256 * 1024;

    /// <summary>Largest issued document (compact, with its salts, before the anchor is added), in bytes.</summary>
    public const int MaxIssuedBytes = 64 * 1024;

    /// <summary>Deepest JSON nesting of a whole document; the root object is depth 1, so a subject may nest 14 levels below itself.</summary>
    public const int MaxDepth = 16;

    /// <summary>Longest string value or member name, in UTF-8 bytes (about 5,400 Chinese characters).</summary>
    public const int MaxStringBytes = 16 * 1024;
}
