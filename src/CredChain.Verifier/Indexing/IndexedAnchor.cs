using CredChain.Core.Hashing;

namespace CredChain.Verifier.Indexing;

/// <summary>An anchored root as the index knows it.</summary>
internal sealed record IndexedAnchor(string Issuer, DateTimeOffset AnchoredAt, long BlockNumber, Hash32 TransactionHash);
