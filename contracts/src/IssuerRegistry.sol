// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IIssuerRegistry} from "./IIssuerRegistry.sol";

/**
 * @title IssuerRegistry
 * @notice Consortium governance: governors accredit, rotate, suspend and reinstate issuer accounts, and declare a key
 * compromised.
 * @dev Everything the hot paths need about an account — the accreditation record in force, its institution and its
 * compromise time — is packed into one storage slot (`_accounts`), so {isAccreditedAt} for the present moment (the
 * check {CredentialRegistry-anchor} makes) and {keyStatus} (the check its revocations make) cost a single SLOAD.
 * The full history is kept in `_history` for past instants and is searched with a binary search.
 */
contract IssuerRegistry is IIssuerRegistry, AccessControl {
    /// @notice Role allowed to accredit, rotate, suspend and reinstate issuers and to declare keys compromised.
    bytes32 public constant GOVERNOR_ROLE = keccak256("GOVERNOR_ROLE");

    /// @dev One slot: the fields of the {AccreditationRecord} in force, then the institution and the compromise time.
    struct Account {
        uint40 since;
        uint40 validFrom;
        uint40 validUntil;
        bool active;
        uint32 institution;
        uint40 compromisedSince;
    }

    uint32 private _institutionCount;
    mapping(address issuer => Account) private _accounts;
    mapping(address issuer => AccreditationRecord[]) private _history;
    mapping(uint32 institution => IssuerProfile) private _profiles;

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
        _checkWindow(validFrom, validUntil);
        Account storage account = _accounts[issuer];
        if (account.compromisedSince != 0) revert IssuerRegistryKeyCompromised(issuer);

        uint32 institution = account.institution;
        if (institution == 0) {
            institution = ++_institutionCount;
            account.institution = institution;
        }
        _profiles[institution] = IssuerProfile({nameZh: nameZh, nameEn: nameEn, domain: domain});
        _append(issuer, uint40(validFrom), uint40(validUntil), true);
        emit IssuerAccredited(issuer, institution, nameZh, nameEn, domain, validFrom, validUntil);
    }

    /// @inheritdoc IIssuerRegistry
    function rotateKey(address predecessor, address successor, uint64 validFrom, uint64 validUntil)
        external
        onlyRole(GOVERNOR_ROLE)
    {
        Account memory previous = _accounts[predecessor];
        if (previous.since == 0) revert IssuerRegistryUnknownIssuer(predecessor);
        if (successor == address(0)) revert IssuerRegistryZeroAddress();
        if (_accounts[successor].institution != 0) revert IssuerRegistryAlreadyAccredited(successor);
        _checkWindow(validFrom, validUntil);

        uint32 institution = previous.institution;
        _accounts[successor].institution = institution;
        _append(successor, uint40(validFrom), uint40(validUntil), true);
        IssuerProfile storage profile = _profiles[institution];
        emit IssuerAccredited(successor, institution, profile.nameZh, profile.nameEn, profile.domain, validFrom, validUntil);

        if (previous.active) {
            _append(predecessor, previous.validFrom, previous.validUntil, false);
            emit IssuerSuspended(predecessor);
        }
        emit IssuerKeyRotated(predecessor, successor, institution);
    }

    /// @inheritdoc IIssuerRegistry
    function declareCompromised(address issuer, uint64 since) external onlyRole(GOVERNOR_ROLE) {
        Account storage account = _accounts[issuer];
        if (account.since == 0) revert IssuerRegistryUnknownIssuer(issuer);
        if (since == 0 || since > block.timestamp) revert IssuerRegistryInvalidCompromiseTime(since);
        uint40 declared = account.compromisedSince;
        if (declared != 0 && declared <= since) revert IssuerRegistryAlreadyCompromised(issuer, declared);

        account.compromisedSince = uint40(since);
        emit IssuerKeyCompromised(issuer, since);

        if (account.active) {
            _append(issuer, account.validFrom, account.validUntil, false);
            emit IssuerSuspended(issuer);
        }
    }

    /// @inheritdoc IIssuerRegistry
    function suspend(address issuer) external onlyRole(GOVERNOR_ROLE) {
        Account memory current = _accounts[issuer];
        if (current.since == 0) revert IssuerRegistryUnknownIssuer(issuer);
        if (!current.active) revert IssuerRegistryAlreadySuspended(issuer);

        _append(issuer, current.validFrom, current.validUntil, false);
        emit IssuerSuspended(issuer);
    }

    /// @inheritdoc IIssuerRegistry
    function reinstate(address issuer) external onlyRole(GOVERNOR_ROLE) {
        Account memory current = _accounts[issuer];
        if (current.since == 0) revert IssuerRegistryUnknownIssuer(issuer);
        if (current.compromisedSince != 0) revert IssuerRegistryKeyCompromised(issuer);
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
        Account memory account = _accounts[issuer];
        return (_profiles[account.institution], _record(account));
    }

    /// @inheritdoc IIssuerRegistry
    function keyStatus(address issuer) external view returns (uint32 institution, uint64 compromisedSince) {
        Account memory account = _accounts[issuer];
        return (account.institution, account.compromisedSince);
    }

    /// @inheritdoc IIssuerRegistry
    function accreditationHistory(address issuer) external view returns (AccreditationRecord[] memory) {
        return _history[issuer];
    }

    /// @inheritdoc IIssuerRegistry
    function isAccreditedAt(address issuer, uint64 timestamp) external view returns (bool) {
        Account memory current = _accounts[issuer];
        if (current.since == 0) return false;
        if (current.since <= timestamp) return _inForce(_record(current), timestamp);

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

    /// @dev Makes a new record the one in force for `issuer` (keeping its institution and compromise) and logs it.
    function _append(address issuer, uint40 validFrom, uint40 validUntil, bool active) private {
        AccreditationRecord memory record = AccreditationRecord({
            since: uint40(block.timestamp), validFrom: validFrom, validUntil: validUntil, active: active
        });
        Account storage account = _accounts[issuer];
        account.since = record.since;
        account.validFrom = validFrom;
        account.validUntil = validUntil;
        account.active = active;
        _history[issuer].push(record);
    }

    function _checkWindow(uint64 validFrom, uint64 validUntil) private pure {
        if (
            validFrom > type(uint40).max || validUntil > type(uint40).max
                || (validUntil != 0 && validUntil <= validFrom)
        ) {
            revert IssuerRegistryInvalidWindow(validFrom, validUntil);
        }
    }

    function _record(Account memory account) private pure returns (AccreditationRecord memory) {
        return AccreditationRecord({
            since: account.since, validFrom: account.validFrom, validUntil: account.validUntil, active: account.active
        });
    }

    function _inForce(AccreditationRecord memory record, uint64 timestamp) private pure returns (bool) {
        return record.active && record.validFrom <= timestamp && (record.validUntil == 0 || timestamp <= record.validUntil);
    }
}
