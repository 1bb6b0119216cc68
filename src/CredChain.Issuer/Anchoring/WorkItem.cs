using CredChain.Issuer.Storage;

namespace CredChain.Issuer.Anchoring;

/// <summary>The next piece of one account's work: a batch to anchor or a revocation to send (never both).</summary>
internal sealed record WorkItem(BatchRecord? Batch, RevocationRecord? Revocation);
