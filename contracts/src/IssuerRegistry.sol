// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IIssuerRegistry} from "./IIssuerRegistry.sol";

/**
 * @title IssuerRegistry
 * @notice Consortium governance: governors accredit, suspend and reinstate credential issuers.
 * @dev The record in force is kept in one packed storage slot per issuer (`_current`), so the hot path of
 * {isAccreditedAt} for the present moment — the check {CredentialRegistry-anchor} makes — costs a single SLOAD.
 * The full history is kept in `_history` for past instants and is searched with a binary search.
 */
contract IssuerRegistry is IIssuerRegistry, AccessControl {
    /// @notice Role allowed to accredit, suspend and reinstate issuers.
    bytes32 public constant GOVERNOR_ROLE = keccak256("GOVERNOR_ROLE");

    mapping(address issuer => AccreditationRecord) private _current;
    mapping(address issuer => AccreditationRecord[]) private _history;
    mapping(address issuer => IssuerProfile) private _profiles;

    /**
     * @notice Grants the admin role and the governor role to `governor`.
     *
     * Requirements:
     * - `governor` is not the zero address.
     */
    constructor(address governor) {
        if (governor == address(0)) revert IssuerRegistryZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, governor);
        _grantRole(GOVERNOR_ROLE, governor);
    }

    /// @inheritdoc IIssuerRegistry
    function accredit(
        address issuer,
        string calldata nameZh,
        string calldata nameEn,
        string calldata domain,
        uint64 validFrom,
        uint64 validUntil
    ) external onlyRole(GOVERNOR_ROLE) {
        if (issuer == address(0)) revert IssuerRegistryZeroAddress();
        if (bytes(nameZh).length == 0 || bytes(nameEn).length == 0) revert IssuerRegistryEmptyName();
        if (
            validFrom > type(uint40).max || validUntil > type(uint40).max
                || (validUntil != 0 && validUntil <= validFrom)
        ) {
            revert IssuerRegistryInvalidWindow(validFrom, validUntil);
        }

        _profiles[issuer] = IssuerProfile({nameZh: nameZh, nameEn: nameEn, domain: domain});
        _append(issuer, uint40(validFrom), uint40(validUntil), true);
        emit IssuerAccredited(issuer, nameZh, nameEn, domain, validFrom, validUntil);
    }

    /// @inheritdoc IIssuerRegistry
    function suspend(address issuer) external onlyRole(GOVERNOR_ROLE) {
        AccreditationRecord memory current = _current[issuer];
        if (current.since == 0) revert IssuerRegistryUnknownIssuer(issuer);
        if (!current.active) revert IssuerRegistryAlreadySuspended(issuer);

        _append(issuer, current.validFrom, current.validUntil, false);
        emit IssuerSuspended(issuer);
    }

    /// @inheritdoc IIssuerRegistry
    function reinstate(address issuer) external onlyRole(GOVERNOR_ROLE) {
        AccreditationRecord memory current = _current[issuer];
        if (current.since == 0) revert IssuerRegistryUnknownIssuer(issuer);
        if (current.active) revert IssuerRegistryNotSuspended(issuer);

        _append(issuer, current.validFrom, current.validUntil, true);
        emit IssuerReinstated(issuer);
    }

    /// @inheritdoc IIssuerRegistry
    function issuerOf(address issuer)
        external
        view
        returns (IssuerProfile memory profile, AccreditationRecord memory current)
    {
        return (_profiles[issuer], _current[issuer]);
    }

    /// @inheritdoc IIssuerRegistry
    function accreditationHistory(address issuer) external view returns (AccreditationRecord[] memory) {
        return _history[issuer];
    }

    /// @inheritdoc IIssuerRegistry
    function isAccreditedAt(address issuer, uint64 timestamp) external view returns (bool) {
        AccreditationRecord memory current = _current[issuer];
        if (current.since == 0) return false;
        if (current.since <= timestamp) return _inForce(current, timestamp);

        // The instant lies before the latest change: find the last record with since <= timestamp.
        AccreditationRecord[] storage history = _history[issuer];
        uint256 low = 0;
        uint256 high = history.length;
        while (low < high) {
            uint256 mid = (low + high) / 2;
            if (history[mid].since <= timestamp) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        if (low == 0) return false;
        return _inForce(history[low - 1], timestamp);
    }

    function _append(address issuer, uint40 validFrom, uint40 validUntil, bool active) private {
        AccreditationRecord memory record = AccreditationRecord({
            since: uint40(block.timestamp), validFrom: validFrom, validUntil: validUntil, active: active
        });
        _current[issuer] = record;
        _history[issuer].push(record);
    }

    function _inForce(AccreditationRecord memory record, uint64 timestamp) private pure returns (bool) {
        return record.active && record.validFrom <= timestamp && (record.validUntil == 0 || timestamp <= record.validUntil);
    }
}
