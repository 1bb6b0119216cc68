using CredChain.Core.Hashing;

namespace CredChain.Core.Verification;

/// <summary>What the chain says about one (root, targetHash, path), as returned by the registry's verify view.</summary>
/// <param name="Anchored">The root was anchored.</param>
/// <param name="IssuerAddress">The account that anchored the root (<c>0x</c> + 40 hex), when anchored.</param>
/// <param name="AnchoredAt">Block time of the anchoring, when anchored.</param>
/// <param name="ProofValid">The path leads from the targetHash to the root (OpenZeppelin <c>MerkleProof.verify</c> on chain).</param>
/// <param name="CredentialRevocation">Revocation of this credential, if any.</param>
/// <param name="BatchRevocation">Revocation of the whole batch, if any.</param>
/// <param name="IssuerAccreditedAtAnchoring">The anchoring account was accredited and active when it anchored.</param>
/// <param name="IssuerActiveNow">The anchoring account is accredited and active now.</param>
/// <param name="Issuer">The issuer's registered profile, when known.</param>
/// <param name="AsOf">The block the answer is current to.</param>
/// <param name="AnchoredInBlock">The block of the anchoring transaction, when the answer comes from the chain's events.</param>
/// <param name="AnchorTransactionHash">The anchoring transaction, when the answer comes from the chain's events.</param>
public sealed record AnchorRecord(
    bool Anchored,
    string? IssuerAddress,
    DateTimeOffset? AnchoredAt,
    bool ProofValid,
    Revocation? CredentialRevocation,
    Revocation? BatchRevocation,
    bool IssuerAccreditedAtAnchoring,
    bool IssuerActiveNow,
    IssuerProfile? Issuer,
    BlockRef AsOf,
    long? AnchoredInBlock = null,
    Hash32? AnchorTransactionHash = null);
