namespace CredChain.Verifier.Publications;

/// <summary>One copy to publish; <see cref="HolderWithdrawalCodeSha256"/> (64 hex digits) lets its holder withdraw it.</summary>
internal sealed record PublishedShare(string? Id, string? Ciphertext, string? HolderWithdrawalCodeSha256 = null);
