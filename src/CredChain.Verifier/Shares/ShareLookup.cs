namespace CredChain.Verifier.Shares;

/// <summary>A share as a reader finds it; <see cref="WithdrawnBy"/> is set when <see cref="State"/> is Withdrawn.</summary>
internal sealed record ShareLookup(ShareState State, byte[]? Ciphertext, DateTimeOffset? ExpiresAt, ShareWithdrawer? WithdrawnBy = null);
