namespace CredChain.Verifier.Verification;

/// <summary>A block by number and time.</summary>
internal sealed record BlockInfo(long Number, DateTimeOffset Timestamp);
