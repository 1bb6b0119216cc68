namespace CredChain.Verifier.Shares;

internal sealed record ShareCreatedResponse(string Id, string DeleteToken, DateTimeOffset ExpiresAt);
