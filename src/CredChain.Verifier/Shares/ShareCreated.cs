namespace CredChain.Verifier.Shares;

internal sealed record ShareCreated(string Id, string DeleteToken, DateTimeOffset ExpiresAt);
