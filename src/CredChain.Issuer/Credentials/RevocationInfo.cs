namespace CredChain.Issuer.Credentials;

internal sealed record RevocationInfo(int Reason, DateTimeOffset? RevokedAt);
