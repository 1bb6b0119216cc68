using CredChain.Core.Verification;

namespace CredChain.Verifier.Verification;

/// <summary>The verdict as the API returns it and the result page shows it.</summary>
/// <param name="Status">Overall status.</param>
/// <param name="StatusText">The status in zh and en.</param>
/// <param name="StatusHint">One sentence on what the status means for the reader.</param>
/// <param name="CredentialId">The credential's <c>urn:uuid:</c> id, when the document parsed.</param>
/// <param name="Issuer">Who issued it: the document's claim and the registry's accredited names.</param>
/// <param name="Network">The network the credential names, and whether this portal trusts it.</param>
/// <param name="ValidFrom">Start of the validity period.</param>
/// <param name="ValidUntil">End of the validity period, if any.</param>
/// <param name="Anchor">Where and when the batch root was anchored.</param>
/// <param name="AsOf">The block the chain's answer is current to.</param>
/// <param name="Revocation">The revocation, when revoked.</param>
/// <param name="KeyCompromise">When the anchoring key was declared compromised: as of when, and whether this credential was anchored after that.</param>
/// <param name="Checks">One result per check, in order.</param>
/// <param name="DisclosedFields">The credential subject's disclosed values, by JSON Pointer.</param>
/// <param name="HiddenFieldCount">How many fields the holder hid.</param>
/// <param name="FormatError">Why the document is malformed, when it is.</param>
/// <param name="Format">The document's format: <c>credchain-v2</c> or <c>openattestation-v2</c>.</param>
internal sealed record VerifyResponse(
    VerdictStatus Status,
    Bilingual StatusText,
    Bilingual StatusHint,
    string? CredentialId,
    VerdictIssuer? Issuer,
    NetworkInfo? Network,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidUntil,
    AnchorInfo? Anchor,
    BlockInfo? AsOf,
    VerdictRevocation? Revocation,
    KeyCompromiseInfo? KeyCompromise,
    IReadOnlyList<CheckInfo> Checks,
    IReadOnlyList<DisclosedField> DisclosedFields,
    int HiddenFieldCount,
    FormatErrorInfo? FormatError,
    string Format = VerifyResponse.CredChainFormat)
{
    /// <summary>The native format's name in verdicts.</summary>
    public const string CredChainFormat = "credchain-v2";
}
