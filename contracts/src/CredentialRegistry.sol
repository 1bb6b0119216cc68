// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {ICredentialRegistry} from "./ICredentialRegistry.sol";
import {IIssuerRegistry} from "./IIssuerRegistry.sol";

/**
 * @title CredentialRegistry
 * @notice Accredited issuers anchor Merkle roots of credential batches here and revoke credentials or whole batches.
 * @dev One packed storage slot per root keeps `anchor` cheap: a cold read to reject duplicates, one fresh slot, one
 * external view call to the governance registry that itself reads a single slot.
 */
contract CredentialRegistry is ICredentialRegistry {
    struct Batch {
        address issuer;
        uint40 anchoredAt;
        uint40 revokedAt;
        uint8 revocationReason;
    }

    struct Revocation {
        uint40 revokedAt;
        uint8 reason;
    }

    IIssuerRegistry private immutable _governance;

    mapping(bytes32 root => Batch) private _batches;
    mapping(bytes32 root => mapping(bytes32 targetHash => Revocation)) private _revocations;

    /**
     * @notice Binds this registry to the issuer registry `governance_`.
     *
     * Requirements:
     * - `governance_` is not the zero address.
     */
    constructor(IIssuerRegistry governance_) {
        if (address(governance_) == address(0)) revert CredentialRegistryZeroGovernance();
        _governance = governance_;
    }

    /// @inheritdoc ICredentialRegistry
    function anchor(bytes32 root) external {
        if (root == bytes32(0)) revert CredentialRegistryZeroRoot();
        if (_batches[root].issuer != address(0)) revert CredentialRegistryRootAlreadyAnchored(root);
        if (!_governance.isAccreditedAt(msg.sender, uint64(block.timestamp))) {
            revert CredentialRegistryIssuerNotAccredited(msg.sender);
        }

        _batches[root] = Batch({issuer: msg.sender, anchoredAt: uint40(block.timestamp), revokedAt: 0, revocationReason: 0});
        emit RootAnchored(root, msg.sender, uint64(block.timestamp));
    }

    /// @inheritdoc ICredentialRegistry
    function revokeCredential(bytes32 root, bytes32 targetHash, bytes32[] calldata proof, uint8 reason) external {
        _checkRootIssuer(root);
        if (!MerkleProof.verifyCalldata(proof, root, _leaf(targetHash))) {
            revert CredentialRegistryInvalidProof(root, targetHash);
        }
        if (reason == 0) revert CredentialRegistryZeroReason();
        if (_revocations[root][targetHash].revokedAt != 0) {
            revert CredentialRegistryCredentialAlreadyRevoked(root, targetHash);
        }

        _revocations[root][targetHash] = Revocation({revokedAt: uint40(block.timestamp), reason: reason});
        emit CredentialRevoked(root, targetHash, reason, uint64(block.timestamp));
    }

    /// @inheritdoc ICredentialRegistry
    function revokeBatch(bytes32 root, uint8 reason) external {
        Batch storage batch = _checkRootIssuer(root);
        if (reason == 0) revert CredentialRegistryZeroReason();
        if (batch.revokedAt != 0) revert CredentialRegistryBatchAlreadyRevoked(root);

        batch.revokedAt = uint40(block.timestamp);
        batch.revocationReason = reason;
        emit BatchRevoked(root, reason, uint64(block.timestamp));
    }

    /// @inheritdoc ICredentialRegistry
    function verify(bytes32 root, bytes32 targetHash, bytes32[] calldata proof)
        external
        view
        returns (Verification memory result)
    {
        Batch memory batch = _batches[root];
        if (batch.issuer == address(0)) return result;

        Revocation memory revocation = _revocations[root][targetHash];
        (IIssuerRegistry.IssuerProfile memory profile,) = _governance.issuerOf(batch.issuer);

        result.anchored = true;
        result.issuer = batch.issuer;
        result.anchoredAt = batch.anchoredAt;
        result.proofValid = MerkleProof.verifyCalldata(proof, root, _leaf(targetHash));
        result.credentialRevokedAt = revocation.revokedAt;
        result.credentialRevocationReason = revocation.reason;
        result.batchRevokedAt = batch.revokedAt;
        result.batchRevocationReason = batch.revocationReason;
        result.issuerAccreditedAtAnchoring = _governance.isAccreditedAt(batch.issuer, batch.anchoredAt);
        result.issuerAccreditedNow = _governance.isAccreditedAt(batch.issuer, uint64(block.timestamp));
        result.issuerNameZh = profile.nameZh;
        result.issuerNameEn = profile.nameEn;
        result.issuerDomain = profile.domain;
    }

    /// @inheritdoc ICredentialRegistry
    function governance() external view returns (address) {
        return address(_governance);
    }

    /// @dev The leaf node of a credential: its target hash hashed once more, so a leaf (32-byte preimage) can never
    /// pass for an inner node (64-byte preimage) — OpenZeppelin's double-hashed leaves.
    function _leaf(bytes32 targetHash) private pure returns (bytes32) {
        return keccak256(abi.encode(targetHash));
    }

    function _checkRootIssuer(bytes32 root) private view returns (Batch storage batch) {
        batch = _batches[root];
        address issuer = batch.issuer;
        if (issuer == address(0)) revert CredentialRegistryRootNotAnchored(root);
        if (issuer != msg.sender) revert CredentialRegistryNotRootIssuer(root, msg.sender);
    }
}
