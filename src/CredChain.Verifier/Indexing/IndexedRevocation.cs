using CredChain.Core.Verification;

namespace CredChain.Verifier.Indexing;

/// <summary>A revocation as logged, with the account that made it: it is void if that key is declared compromised as of its time or earlier.</summary>
internal sealed record IndexedRevocation(Revocation Revocation, string RevokedBy);
