namespace CredChain.Verifier.Shares;

internal sealed record ShareResponse(string Id, string Ciphertext, DateTimeOffset ExpiresAt);
