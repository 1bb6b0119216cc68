using CredChain.Core.Hashing;

namespace CredChain.Core.Verification;

/// <summary>What the chain says about one (issuer, root, targetHash, path), as returned by the registry's verify view.</summary>
/// <param name="Anchored">The queried issuer account anchored the root.</param>
/// <param name="IssuerAddress">The account that anchored the root (<c>0x</c> + 40 hex), when anchored.</param>
/// <param name="AnchoredAt">Block time of the anchoring, when anchored.</param>
/// <param name="ProofValid">The path leads from the targetHash to the root (OpenZeppelin <c>MerkleProof.verify</c> on chain).</param>
/// <param name="CredentialRevocation">Effective revocation of this credential, if any (one made by a key at or after its declared compromise is void and not reported).</param>
/// <param name="BatchRevocation">Effective revocation of the whole batch, if any.</param>
/// <param name="IssuerAccreditedAtAnchoring">The anchoring account was accredited and active when it anchored.</param>
/// <param name="IssuerActiveNow">The anchoring account is accredited and active now.</param>
/// <param name="Issuer">The registered profile of the institution the anchoring account belongs to, when known.</param>
/// <param name="AsOf">The block the answer is current to.</param>
/// <param name="AnchoredInBlock">The block of the anchoring transaction, when the answer comes from the chain's events.</param>
/// <param name="AnchorTransactionHash">The anchoring transaction, when the answer comes from the chain's events.</param>
/// <param name="KeyCompromise">The anchoring account's key was declared compromised, and whether this root falls after it.</param>
/// <param name="InstitutionId">The institution the anchoring account belongs to (its accounts share a profile and may revoke each other's credentials).</param>
/// <param name="AnchoredByAnotherAccount">When the queried account did not anchor the root: an account that did (the earliest), if any.</param>
/// <param name="Checkpoint">When the answer comes through a national hub rather than the member chain: the checkpoint it is current to.</param>
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
    Hash32? AnchorTransactionHash = null,
    IssuerKeyCompromise? KeyCompromise = null,
    long? InstitutionId = null,
    string? AnchoredByAnotherAccount = null,
    HubCheckpointRef? Checkpoint = null);
