namespace CredChain.Verifier.Shares;

internal sealed record ShareLookup(ShareState State, byte[]? Ciphertext, DateTimeOffset? ExpiresAt);
