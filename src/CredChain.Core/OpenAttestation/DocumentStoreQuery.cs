using CredChain.Core.Hashing;

namespace CredChain.Core.OpenAttestation;

/// <summary>One status question to a <c>DocumentStore</c>.</summary>
/// <param name="StoreAddress">The store's address as the document names it (<c>0x</c> + 40 hex digits, any case).</param>
/// <param name="MerkleRoot">The root to ask <c>isIssued</c> and <c>isRevoked</c> about.</param>
/// <param name="TargetHash">The document hash to ask <c>isRevoked</c> about.</param>
public sealed record DocumentStoreQuery(string StoreAddress, Hash32 MerkleRoot, Hash32 TargetHash);
