using CredChain.Core.Hashing;

namespace CredChain.Verifier.Indexing;

/// <summary>A root as the registry keys it: (issuer account, root), the account being the index's number for it.</summary>
internal readonly record struct AnchorKey(int Issuer, Hash32 Root);
