namespace CredChain.Ethereum.Registry;

/// <summary>A recorded revocation.</summary>
/// <param name="RevokedAt">Block time of the revoking transaction.</param>
/// <param name="Reason">The issuer's reason code (never 0).</param>
public sealed record Revocation(DateTimeOffset RevokedAt, byte Reason);
