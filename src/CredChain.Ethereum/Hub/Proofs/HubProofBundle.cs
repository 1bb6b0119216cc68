namespace CredChain.Ethereum.Hub.Proofs;

/// <summary>A relay's answer about a root, a revocation or an accreditation of one member (JSON, camelCase).</summary>
/// <param name="ChainId">The member network.</param>
/// <param name="Registry">The member's credential registry.</param>
/// <param name="AsOf">The latest checkpoint on the hub the answer covers; null when the member has none yet.</param>
/// <param name="Entries">Every matching event up to <paramref name="AsOf"/>, oldest first, each with its proof.</param>
public sealed record HubProofBundle(ulong ChainId, string Registry, HubAsOf? AsOf, IReadOnlyList<HubEntryProof> Entries);
