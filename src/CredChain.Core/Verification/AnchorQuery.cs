using CredChain.Core.Hashing;

namespace CredChain.Core.Verification;

/// <summary>
/// A question to the registry: did <paramref name="IssuerAddress"/> anchor <paramref name="MerkleRoot"/>, and does
/// <paramref name="MerklePath"/> lead from <paramref name="TargetHash"/> to it? Roots are keyed by the anchoring account,
/// so the question names the account the document's issuer DID names.
/// </summary>
/// <param name="ChainId">Network, from the document's anchor.</param>
/// <param name="RegistryAddress">Registry contract, from the document's anchor.</param>
/// <param name="IssuerAddress">The issuer account (<c>0x</c> + 40 hex), from the document's <c>did:pkh</c> issuer.</param>
/// <param name="MerkleRoot">The stated batch root.</param>
/// <param name="TargetHash">The credential's targetHash.</param>
/// <param name="MerklePath">Sibling hashes from the targetHash to the root.</param>
public sealed record AnchorQuery(long ChainId, string RegistryAddress, string IssuerAddress, Hash32 MerkleRoot, Hash32 TargetHash, IReadOnlyList<Hash32> MerklePath)
{
    /// <summary>
    /// Whether <see cref="MerklePath"/> folds from <see cref="TargetHash"/> to <see cref="MerkleRoot"/>, when the
    /// verifier has already computed it (the same pure function the registry contract applies); a registry that mirrors
    /// the contract from its events may use it instead of folding the path again. <see langword="null"/> when unknown.
    /// </summary>
    public bool? PathLeadsToRoot { get; init; }
}
