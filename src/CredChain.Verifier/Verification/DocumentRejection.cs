namespace CredChain.Verifier.Verification;

/// <summary>Why a body is refused before verification (400).</summary>
internal sealed record DocumentRejection(string Code, string Title, string Detail);
