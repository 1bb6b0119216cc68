using CredChain.Core.Checkpoints;
using CredChain.Core.Hashing;

namespace CredChain.Ethereum.Hub.Proofs;

/// <summary>One member event with its inclusion proof in a hub checkpoint, as a relay serves it (JSON, camelCase).</summary>
/// <param name="Sequence">The checkpoint that holds it.</param>
/// <param name="Kind">The event kind (<see cref="CheckpointEventKind"/> value).</param>
/// <param name="BlockNumber">Member block that logged it.</param>
/// <param name="LogIndex">Index of the log in that block.</param>
/// <param name="Fields">The entry's field words (0x-hex), in the order <see cref="CheckpointEventKind"/> documents.</param>
/// <param name="Proof">Sibling nodes (0x-hex) from the entry's leaf node up to the checkpoint root.</param>
/// <param name="Texts">For an accreditation: the names (zh, en, domain) whose hashes the fields hold.</param>
public sealed record HubEntryProof(ulong Sequence, int Kind, ulong BlockNumber, ulong LogIndex, IReadOnlyList<string> Fields, IReadOnlyList<string> Proof, IReadOnlyList<string>? Texts = null)
{
    /// <summary>The entry this proof is about.</summary>
    /// <exception cref="FormatException">A field is not a 32-byte hex word.</exception>
    public CheckpointEntry ToEntry() => new((CheckpointEventKind)Kind, BlockNumber, LogIndex, Fields.Select(Hash32.Parse).ToList());

    /// <summary>The proof as hashes.</summary>
    /// <exception cref="FormatException">A node is not a 32-byte hex word.</exception>
    public Hash32[] ProofNodes() => Proof.Select(Hash32.Parse).ToArray();
}
