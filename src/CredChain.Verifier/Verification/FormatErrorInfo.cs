namespace CredChain.Verifier.Verification;

/// <summary>Why a credential-shaped document is malformed.</summary>
internal sealed record FormatErrorInfo(string Code, string? Path, string Message);
