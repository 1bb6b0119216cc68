namespace CredChain.Verifier.Publications;

internal sealed record PublishedShare(string? Id, string? Ciphertext);
