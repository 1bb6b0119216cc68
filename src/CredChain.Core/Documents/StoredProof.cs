using CredChain.Core.Hashing;

namespace CredChain.Core.Documents;

/// <summary>The parts of a stored document's proof that its anchored form keeps (see <see cref="StoredProofReader"/>).</summary>
internal sealed class StoredProof
{
    public List<KeyValuePair<string, Salt>> Salts { get; } = [];

    public List<Hash32> HiddenLeaves { get; } = [];

    public Hash32 TargetHash { get; set; }
}
