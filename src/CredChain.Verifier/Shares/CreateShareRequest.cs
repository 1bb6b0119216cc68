namespace CredChain.Verifier.Shares;

internal sealed record CreateShareRequest(string? Id, string? Ciphertext, int? ExpiresInDays);
