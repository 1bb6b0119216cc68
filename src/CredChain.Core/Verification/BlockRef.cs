namespace CredChain.Core.Verification;

/// <summary>A block, by number and timestamp.</summary>
/// <param name="Number">Block number.</param>
/// <param name="Timestamp">Block timestamp.</param>
public sealed record BlockRef(long Number, DateTimeOffset Timestamp);
