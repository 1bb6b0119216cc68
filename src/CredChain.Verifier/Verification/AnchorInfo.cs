namespace CredChain.Verifier.Verification;

/// <summary>The batch root and where the document says it was anchored; the time comes from the chain.</summary>
internal sealed record AnchorInfo(string? MerkleRoot, DateTimeOffset? AnchoredAt, long? BlockNumber, string? TransactionHash);
