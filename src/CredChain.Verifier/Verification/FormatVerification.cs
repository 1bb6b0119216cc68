using CredChain.Core.Documents;

namespace CredChain.Verifier.Verification;

/// <summary>What an <see cref="IDocumentFormatVerifier"/> found: the portal's response and the format error behind it, if any.</summary>
internal sealed record FormatVerification(VerifyResponse Response, CredentialFormatError? FormatError);
