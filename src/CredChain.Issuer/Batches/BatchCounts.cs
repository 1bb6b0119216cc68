namespace CredChain.Issuer.Batches;

internal sealed record BatchCounts(int Pending, int Anchoring, int Anchored, int Revoked, int Failed);
