// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/**
 * @title ICredentialRegistry
 * @notice Anchors Merkle roots of credential batches, keyed by the anchoring issuer account, and records their
 * revocations.
 * @dev A batch's tree is built off chain over the credentials' target hashes: the leaf node of a credential is
 * keccak256(targetHash) (double-hashed, so a leaf can never pass for an inner node), leaf nodes are sorted as bytes, a
 * parent is keccak256 of its two children in ascending order, an odd node is promoted unchanged. A batch of one has
 * root == keccak256(targetHash) and an empty proof. This is what OpenZeppelin's {MerkleProof} checks, with
 * keccak256(targetHash) as the leaf.
 *
 * A root is stored under (issuer, root): nobody can squat on another issuer's root, and the same root anchored by two
 * accounts is two independent records. A credential names its issuer account (did:pkh), so a verifier asks about
 * (issuer, root).
 *
 * Compromised keys (see {IIssuerRegistry-declareCompromised}): a root anchored at or after the `since` of its account's
 * declaration is reported as anchored after the compromise; a revocation made by an account at or after the `since` of
 * that account's declaration is void: {verify} does not report it, and it may be made again.
 */
interface ICredentialRegistry {
    /**
     * @notice Everything a verifier needs about (issuer, root, targetHash, proof), answered by one `eth_call`.
     * @param anchored Whether `issuer` anchored `root`; when false every other field is zero.
     * @param anchoredAt Block timestamp of the anchoring transaction.
     * @param proofValid Whether `proof` folds the leaf node keccak256(`targetHash`) to `root`.
     * @param credentialRevokedAt Block timestamp of the credential's effective revocation; 0 when none.
     * @param credentialRevocationReason Reason code of the credential's effective revocation; 0 when none.
     * @param batchRevokedAt Block timestamp of the whole batch's effective revocation; 0 when none.
     * @param batchRevocationReason Reason code of the batch's effective revocation; 0 when none.
     * @param issuerAccreditedAtAnchoring Whether `issuer` was accredited at `anchoredAt`.
     * @param issuerAccreditedNow Whether `issuer` is accredited (active and inside its window) at this block.
     * @param issuerKeyCompromisedSince The instant the key of `issuer` was declared compromised as of; 0 when it was not.
     * @param anchoredAfterCompromise Whether the root was anchored at or after `issuerKeyCompromisedSince` (void).
     * @param institution The institution `issuer` belongs to.
     * @param issuerNameZh The institution's Chinese display name.
     * @param issuerNameEn The institution's English display name.
     * @param issuerDomain The institution's domain.
     */
    struct Verification {
        bool anchored;
        uint64 anchoredAt;
        bool proofValid;
        uint64 credentialRevokedAt;
        uint8 credentialRevocationReason;
        uint64 batchRevokedAt;
        uint8 batchRevocationReason;
        bool issuerAccreditedAtAnchoring;
        bool issuerAccreditedNow;
        uint64 issuerKeyCompromisedSince;
        bool anchoredAfterCompromise;
        uint32 institution;
        string issuerNameZh;
        string issuerNameEn;
        string issuerDomain;
    }

    /// @notice Emitted when `issuer` anchors `root`.
    event RootAnchored(bytes32 indexed root, address indexed issuer, uint64 anchoredAt);

    /// @notice Emitted when `revokedBy` revokes the credential `targetHash` of the batch (`issuer`, `root`).
    event CredentialRevoked(
        bytes32 indexed root,
        address indexed issuer,
        bytes32 indexed targetHash,
        address revokedBy,
        uint8 reason,
        uint64 revokedAt
    );

    /// @notice Emitted when `revokedBy` revokes the whole batch (`issuer`, `root`).
    event BatchRevoked(bytes32 indexed root, address indexed issuer, address revokedBy, uint8 reason, uint64 revokedAt);

    /// @notice The governance (issuer registry) address is the zero address.
    error CredentialRegistryZeroGovernance();

    /// @notice The root is zero.
    error CredentialRegistryZeroRoot();

    /// @notice The caller has already anchored `root`.
    error CredentialRegistryRootAlreadyAnchored(bytes32 root);

    /// @notice `issuer` is not accredited (unknown, suspended, or outside its window) at this block.
    error CredentialRegistryIssuerNotAccredited(address issuer);

    /// @notice `issuer` has not anchored `root`.
    error CredentialRegistryRootNotAnchored(address issuer, bytes32 root);

    /// @notice `caller` may not revoke what `issuer` anchored: it is neither `issuer` nor an account of the same
    /// institution accredited now.
    error CredentialRegistryNotRootIssuer(address issuer, bytes32 root, address caller);

    /// @notice The key of `account` was declared compromised: it can neither anchor nor revoke.
    error CredentialRegistryKeyCompromised(address account);

    /// @notice `proof` does not fold the leaf node keccak256(`targetHash`) to `root`.
    error CredentialRegistryInvalidProof(bytes32 root, bytes32 targetHash);

    /// @notice The revocation reason is 0, which is reserved for "not revoked".
    error CredentialRegistryZeroReason();

    /// @notice The credential `targetHash` of the batch `root` is already (effectively) revoked.
    error CredentialRegistryCredentialAlreadyRevoked(bytes32 root, bytes32 targetHash);

    /// @notice The batch `root` is already (effectively) revoked.
    error CredentialRegistryBatchAlreadyRevoked(bytes32 root);

    /**
     * @notice Anchors `root` under the caller's account, recording the block timestamp.
     *
     * Requirements:
     * - `root` is not zero and the caller has not anchored it before (other accounts' roots do not matter);
     * - the caller's key was not declared compromised;
     * - the caller is accredited in the governance registry at this block (active and inside its window).
     */
    function anchor(bytes32 root) external;

    /**
     * @notice Revokes the credential `targetHash` of the batch `root` anchored by `issuer`, with a reason code.
     *
     * Requirements:
     * - `issuer` anchored `root`;
     * - the caller's key was not declared compromised;
     * - the caller is `issuer` (even if suspended since), or an account of the same institution accredited now (after a
     *   key rotation);
     * - `proof` folds the leaf node keccak256(`targetHash`) to `root` (sorted-pair keccak256);
     * - `reason` is not 0;
     * - the credential has no effective revocation (a void one, made by a key at or after its compromise, is replaced).
     */
    function revokeCredential(address issuer, bytes32 root, bytes32 targetHash, bytes32[] calldata proof, uint8 reason)
        external;

    /**
     * @notice Revokes every credential of the batch `root` anchored by `issuer`, with a reason code.
     *
     * Requirements:
     * - `issuer` anchored `root`;
     * - the caller's key was not declared compromised;
     * - the caller is `issuer` (even if suspended since), or an account of the same institution accredited now;
     * - `reason` is not 0;
     * - the batch has no effective revocation (a void one is replaced).
     */
    function revokeBatch(address issuer, bytes32 root, uint8 reason) external;

    /**
     * @notice Returns everything a verifier needs about (`issuer`, `root`, `targetHash`, `proof`) in one call.
     * Revocations are reported only when effective.
     *
     * Requirements: none; a root `issuer` did not anchor returns `anchored == false` rather than reverting.
     */
    function verify(address issuer, bytes32 root, bytes32 targetHash, bytes32[] calldata proof)
        external
        view
        returns (Verification memory);

    /**
     * @notice Returns the issuer registry this registry checks accreditation against.
     *
     * Requirements: none.
     */
    function governance() external view returns (address);
}
