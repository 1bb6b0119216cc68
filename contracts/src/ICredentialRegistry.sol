// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/**
 * @title ICredentialRegistry
 * @notice Anchors Merkle roots of credential batches and records their revocations.
 * @dev A batch's tree is built off chain over the credentials' target hashes: the leaf node of a credential is
 * keccak256(targetHash) (double-hashed, so a leaf can never pass for an inner node), leaf nodes are sorted as bytes, a
 * parent is keccak256 of its two children in ascending order, an odd node is promoted unchanged. A batch of one has
 * root == keccak256(targetHash) and an empty proof. This is what OpenZeppelin's {MerkleProof} checks, with
 * keccak256(targetHash) as the leaf.
 */
interface ICredentialRegistry {
    /**
     * @notice Everything a verifier needs about (root, targetHash, proof), answered by one `eth_call`.
     * @param anchored Whether `root` has been anchored; when false every other field is zero.
     * @param issuer Account that anchored the root.
     * @param anchoredAt Block timestamp of the anchoring transaction.
     * @param proofValid Whether `proof` folds the leaf node keccak256(`targetHash`) to `root`.
     * @param credentialRevokedAt Block timestamp of the credential's revocation; 0 when not revoked.
     * @param credentialRevocationReason Reason code of the credential's revocation; 0 when not revoked.
     * @param batchRevokedAt Block timestamp of the whole batch's revocation; 0 when not revoked.
     * @param batchRevocationReason Reason code of the batch's revocation; 0 when not revoked.
     * @param issuerAccreditedAtAnchoring Whether the issuer was accredited at `anchoredAt`.
     * @param issuerAccreditedNow Whether the issuer is accredited (active and inside its window) at this block.
     * @param issuerNameZh Issuer's Chinese display name.
     * @param issuerNameEn Issuer's English display name.
     * @param issuerDomain Issuer's domain.
     */
    struct Verification {
        bool anchored;
        address issuer;
        uint64 anchoredAt;
        bool proofValid;
        uint64 credentialRevokedAt;
        uint8 credentialRevocationReason;
        uint64 batchRevokedAt;
        uint8 batchRevocationReason;
        bool issuerAccreditedAtAnchoring;
        bool issuerAccreditedNow;
        string issuerNameZh;
        string issuerNameEn;
        string issuerDomain;
    }

    /// @notice Emitted when `issuer` anchors `root`.
    event RootAnchored(bytes32 indexed root, address indexed issuer, uint64 anchoredAt);

    /// @notice Emitted when the credential `targetHash` of the batch `root` is revoked.
    event CredentialRevoked(bytes32 indexed root, bytes32 indexed targetHash, uint8 reason, uint64 revokedAt);

    /// @notice Emitted when the whole batch `root` is revoked.
    event BatchRevoked(bytes32 indexed root, uint8 reason, uint64 revokedAt);

    /// @notice The governance (issuer registry) address is the zero address.
    error CredentialRegistryZeroGovernance();

    /// @notice The root is zero.
    error CredentialRegistryZeroRoot();

    /// @notice `root` has already been anchored.
    error CredentialRegistryRootAlreadyAnchored(bytes32 root);

    /// @notice `issuer` is not accredited (unknown, suspended, or outside its window) at this block.
    error CredentialRegistryIssuerNotAccredited(address issuer);

    /// @notice `root` has not been anchored.
    error CredentialRegistryRootNotAnchored(bytes32 root);

    /// @notice `caller` is not the account that anchored `root`.
    error CredentialRegistryNotRootIssuer(bytes32 root, address caller);

    /// @notice `proof` does not fold the leaf node keccak256(`targetHash`) to `root`.
    error CredentialRegistryInvalidProof(bytes32 root, bytes32 targetHash);

    /// @notice The revocation reason is 0, which is reserved for "not revoked".
    error CredentialRegistryZeroReason();

    /// @notice The credential `targetHash` of the batch `root` is already revoked.
    error CredentialRegistryCredentialAlreadyRevoked(bytes32 root, bytes32 targetHash);

    /// @notice The batch `root` is already revoked.
    error CredentialRegistryBatchAlreadyRevoked(bytes32 root);

    /**
     * @notice Anchors `root`, recording the caller as its issuer and the block timestamp.
     *
     * Requirements:
     * - `root` is not zero and has not been anchored before;
     * - the caller is accredited in the governance registry at this block (active and inside its window).
     */
    function anchor(bytes32 root) external;

    /**
     * @notice Revokes the credential `targetHash` of the batch `root` with a reason code.
     *
     * Requirements:
     * - `root` is anchored and the caller is the account that anchored it (even if suspended since);
     * - `proof` folds the leaf node keccak256(`targetHash`) to `root` (sorted-pair keccak256);
     * - `reason` is not 0;
     * - the credential is not already revoked.
     */
    function revokeCredential(bytes32 root, bytes32 targetHash, bytes32[] calldata proof, uint8 reason) external;

    /**
     * @notice Revokes every credential of the batch `root` with a reason code.
     *
     * Requirements:
     * - `root` is anchored and the caller is the account that anchored it (even if suspended since);
     * - `reason` is not 0;
     * - the batch is not already revoked.
     */
    function revokeBatch(bytes32 root, uint8 reason) external;

    /**
     * @notice Returns everything a verifier needs about (`root`, `targetHash`, `proof`) in one call.
     *
     * Requirements: none; an unknown root returns `anchored == false` rather than reverting.
     */
    function verify(bytes32 root, bytes32 targetHash, bytes32[] calldata proof)
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
