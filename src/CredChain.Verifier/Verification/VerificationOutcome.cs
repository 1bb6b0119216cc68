namespace CredChain.Verifier.Verification;

/// <summary>Either a verdict or the reason the body was not even a credential.</summary>
internal sealed record VerificationOutcome(VerifyResponse? Verdict, DocumentRejection? Rejection);
