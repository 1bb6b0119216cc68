namespace CredChain.Verifier.Verification;

/// <summary>A revocation of the credential or of its whole batch.</summary>
internal sealed record VerdictRevocation(DateTimeOffset RevokedAt, int ReasonCode, bool WholeBatch);
