namespace CredChain.Core.Verification;

/// <summary>A revocation recorded on chain.</summary>
/// <param name="RevokedAt">Block time of the revocation.</param>
/// <param name="ReasonCode">The issuer's reason code as stored by the registry contract.</param>
public sealed record Revocation(DateTimeOffset RevokedAt, int ReasonCode);
