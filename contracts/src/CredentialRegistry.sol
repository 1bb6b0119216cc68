// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {ICredentialRegistry} from "./ICredentialRegistry.sol";
import {IIssuerRegistry} from "./IIssuerRegistry.sol";

/**
 * @title CredentialRegistry
 * @notice Accredited issuers anchor Merkle roots of credential batches here, under their own account, and revoke
 * credentials or whole batches.
 * @dev One packed storage slot per (issuer, root) keeps `anchor` cheap: a cold read to reject duplicates, one fresh
 * slot, one external view call to the governance registry that itself reads a single slot. A revocation records who
 * made it, so that it can be voided when that key is later declared compromised as of an earlier instant: whether a
 * revocation is effective is decided when it is read, against the governance registry's current declarations.
 */
contract CredentialRegistry is ICredentialRegistry {
    struct Batch {
        uint40 anchoredAt;
        uint40 revokedAt;
        uint8 revocationReason;
        address revokedBy;
    }

    struct Revocation {
        uint40 revokedAt;
        uint8 reason;
        address revokedBy;
    }

    IIssuerRegistry private immutable _governance;

    mapping(address issuer => mapping(bytes32 root => Batch)) private _batches;
    mapping(address issuer => mapping(bytes32 root => mapping(bytes32 targetHash => Revocation))) private _revocations;

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
        Batch storage batch = _batches[msg.sender][root];
        if (batch.anchoredAt != 0) revert CredentialRegistryRootAlreadyAnchored(root);
        if (!_governance.isAccreditedAt(msg.sender, uint64(block.timestamp))) {
            // A declared compromise also suspends the account, so it is found only on this (failing) path.
            (, uint64 compromisedSince) = _governance.keyStatus(msg.sender);
            if (compromisedSince != 0) revert CredentialRegistryKeyCompromised(msg.sender);
            revert CredentialRegistryIssuerNotAccredited(msg.sender);
        }

        batch.anchoredAt = uint40(block.timestamp);
        emit RootAnchored(root, msg.sender, uint64(block.timestamp));
    }

    /// @inheritdoc ICredentialRegistry
    function revokeCredential(address issuer, bytes32 root, bytes32 targetHash, bytes32[] calldata proof, uint8 reason)
        external
    {
        _checkRevoker(issuer, root);
        if (!MerkleProof.verifyCalldata(proof, root, _leaf(targetHash))) {
            revert CredentialRegistryInvalidProof(root, targetHash);
        }
        if (reason == 0) revert CredentialRegistryZeroReason();
        Revocation storage revocation = _revocations[issuer][root][targetHash];
        if (revocation.revokedAt != 0 && _isEffective(revocation.revokedBy, revocation.revokedAt)) {
            revert CredentialRegistryCredentialAlreadyRevoked(root, targetHash);
        }

        revocation.revokedAt = uint40(block.timestamp);
        revocation.reason = reason;
        revocation.revokedBy = msg.sender;
        emit CredentialRevoked(root, issuer, targetHash, msg.sender, reason, uint64(block.timestamp));
    }

    /// @inheritdoc ICredentialRegistry
    function revokeBatch(address issuer, bytes32 root, uint8 reason) external {
        Batch storage batch = _checkRevoker(issuer, root);
        if (reason == 0) revert CredentialRegistryZeroReason();
        if (batch.revokedAt != 0 && _isEffective(batch.revokedBy, batch.revokedAt)) {
            revert CredentialRegistryBatchAlreadyRevoked(root);
        }

        batch.revokedAt = uint40(block.timestamp);
        batch.revocationReason = reason;
        batch.revokedBy = msg.sender;
        emit BatchRevoked(root, issuer, msg.sender, reason, uint64(block.timestamp));
    }

    /// @inheritdoc ICredentialRegistry
    function verify(address issuer, bytes32 root, bytes32 targetHash, bytes32[] calldata proof)
        external
        view
        returns (Verification memory result)
    {
        Batch memory batch = _batches[issuer][root];
        if (batch.anchoredAt == 0) return result;

        Revocation memory revocation = _revocations[issuer][root][targetHash];
        (uint32 institution, uint64 compromisedSince) = _governance.keyStatus(issuer);
        (IIssuerRegistry.IssuerProfile memory profile,) = _governance.issuerOf(issuer);

        result.anchored = true;
        result.anchoredAt = batch.anchoredAt;
        result.proofValid = MerkleProof.verifyCalldata(proof, root, _leaf(targetHash));
        if (revocation.revokedAt != 0 && _isEffective(revocation.revokedBy, revocation.revokedAt)) {
            result.credentialRevokedAt = revocation.revokedAt;
            result.credentialRevocationReason = revocation.reason;
        }
        if (batch.revokedAt != 0 && _isEffective(batch.revokedBy, batch.revokedAt)) {
            result.batchRevokedAt = batch.revokedAt;
            result.batchRevocationReason = batch.revocationReason;
        }
        result.issuerAccreditedAtAnchoring = _governance.isAccreditedAt(issuer, batch.anchoredAt);
        result.issuerAccreditedNow = _governance.isAccreditedAt(issuer, uint64(block.timestamp));
        result.issuerKeyCompromisedSince = compromisedSince;
        result.anchoredAfterCompromise = compromisedSince != 0 && batch.anchoredAt >= compromisedSince;
        result.institution = institution;
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

    /// @dev The batch (`issuer`, `root`), once the caller is known to be allowed to revoke in it: not a compromised
    /// key, and either `issuer` itself or an account of its institution accredited now.
    function _checkRevoker(address issuer, bytes32 root) private view returns (Batch storage batch) {
        batch = _batches[issuer][root];
        if (batch.anchoredAt == 0) revert CredentialRegistryRootNotAnchored(issuer, root);
        (uint32 institution, uint64 compromisedSince) = _governance.keyStatus(msg.sender);
        if (compromisedSince != 0) revert CredentialRegistryKeyCompromised(msg.sender);
        if (msg.sender != issuer) {
            (uint32 issuerInstitution,) = _governance.keyStatus(issuer);
            if (
                institution == 0 || institution != issuerInstitution
                    || !_governance.isAccreditedAt(msg.sender, uint64(block.timestamp))
            ) {
                revert CredentialRegistryNotRootIssuer(issuer, root, msg.sender);
            }
        }
    }

    /// @dev A revocation is effective unless its author's key was declared compromised as of its time or earlier.
    function _isEffective(address revokedBy, uint40 revokedAt) private view returns (bool) {
        (, uint64 compromisedSince) = _governance.keyStatus(revokedBy);
        return compromisedSince == 0 || revokedAt < compromisedSince;
    }
}
