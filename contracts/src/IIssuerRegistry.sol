// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/**
 * @title IIssuerRegistry
 * @notice Consortium governance of credential issuers: which institution each issuer account belongs to, whether the
 * account is accredited (for which window, since when), and whether its key was declared compromised.
 * @dev An institution (display names zh/en, domain) is created when an account is first accredited; further accounts
 * join it only by {rotateKey}, and an account never changes institution. Every accreditation change appends an
 * {AccreditationRecord} to the account's history, so a verifier can ask whether an account was accredited at any past
 * instant (for example when it anchored a Merkle root). A compromise declaration is a separate, irreversible fact:
 * from `since` on, what the key anchored is void and what it revoked has no effect (see {declareCompromised}).
 */
interface IIssuerRegistry {
    /**
     * @notice One entry of an account's accreditation history; it is in force from `since` until the next entry.
     * @param since Block timestamp at which this record took effect.
     * @param validFrom First instant of the accreditation window (seconds since the Unix epoch).
     * @param validUntil Last instant of the accreditation window, inclusive; 0 means open-ended.
     * @param active False while the account is suspended (or since its key was declared compromised).
     */
    struct AccreditationRecord {
        uint40 since;
        uint40 validFrom;
        uint40 validUntil;
        bool active;
    }

    /**
     * @notice Display profile of an institution, shared by all its accounts.
     * @param nameZh Chinese display name.
     * @param nameEn English display name.
     * @param domain Internet domain the institution is known by (may be empty).
     */
    struct IssuerProfile {
        string nameZh;
        string nameEn;
        string domain;
    }

    /// @notice Emitted when `issuer` is accredited (first time, renewal, or as a successor) as an account of `institution`.
    event IssuerAccredited(
        address indexed issuer,
        uint32 indexed institution,
        string nameZh,
        string nameEn,
        string domain,
        uint64 validFrom,
        uint64 validUntil
    );

    /// @notice Emitted when `issuer` is suspended (by {suspend}, {rotateKey} or {declareCompromised}).
    event IssuerSuspended(address indexed issuer);

    /// @notice Emitted when a suspended `issuer` is reinstated.
    event IssuerReinstated(address indexed issuer);

    /// @notice Emitted when `successor` joins the institution of `predecessor` to replace it.
    event IssuerKeyRotated(address indexed predecessor, address indexed successor, uint32 indexed institution);

    /// @notice Emitted when the key of `issuer` is declared compromised as of `since` (or as of an earlier `since`).
    event IssuerKeyCompromised(address indexed issuer, uint64 since);

    /// @notice The issuer account is the zero address.
    error IssuerRegistryZeroAddress();

    /// @notice A display name (zh or en) is empty.
    error IssuerRegistryEmptyName();

    /// @notice `validUntil` is not after `validFrom`, or a bound does not fit in 40 bits.
    error IssuerRegistryInvalidWindow(uint64 validFrom, uint64 validUntil);

    /// @notice `issuer` has never been accredited.
    error IssuerRegistryUnknownIssuer(address issuer);

    /// @notice `issuer` is already suspended.
    error IssuerRegistryAlreadySuspended(address issuer);

    /// @notice `issuer` is not suspended.
    error IssuerRegistryNotSuspended(address issuer);

    /// @notice The key of `issuer` was declared compromised: it can never be accredited or reinstated again.
    error IssuerRegistryKeyCompromised(address issuer);

    /// @notice `since` is 0 or later than the current block's timestamp.
    error IssuerRegistryInvalidCompromiseTime(uint64 since);

    /// @notice The key of `issuer` is already declared compromised as of `since`, which is not later than the new time.
    error IssuerRegistryAlreadyCompromised(address issuer, uint64 since);

    /// @notice `account` already belongs to an institution, so it cannot join one as a successor.
    error IssuerRegistryAlreadyAccredited(address account);

    /**
     * @notice Accredits `issuer`, or renews it: replaces its institution's profile and its own window and makes it
     * active. An account accredited for the first time becomes the first account of a new institution.
     *
     * Requirements:
     * - the caller has the governor role;
     * - `issuer` is not the zero address and its key was not declared compromised;
     * - `nameZh` and `nameEn` are not empty;
     * - `validUntil` is 0 (open-ended) or after `validFrom`, and both fit in 40 bits.
     */
    function accredit(
        address issuer,
        string calldata nameZh,
        string calldata nameEn,
        string calldata domain,
        uint64 validFrom,
        uint64 validUntil
    ) external;

    /**
     * @notice Rotates an institution to a new key: accredits `successor` as an account of `predecessor`'s institution
     * with its own window, and suspends `predecessor` if it is still active. The institution keeps its history: roots
     * its earlier accounts anchored keep its name, and its accounts accredited now can revoke them.
     *
     * Requirements:
     * - the caller has the governor role;
     * - `predecessor` has been accredited (it may be suspended or compromised: replacing a stolen key is the point);
     * - `successor` is not the zero address and has never been accredited;
     * - `validUntil` is 0 (open-ended) or after `validFrom`, and both fit in 40 bits.
     */
    function rotateKey(address predecessor, address successor, uint64 validFrom, uint64 validUntil) external;

    /**
     * @notice Declares the key of `issuer` compromised as of `since`, the earliest instant it may have been in a
     * thief's hands. From now on the key can neither anchor nor revoke; roots it anchored at or after `since` verify as
     * anchored after the compromise (void), roots it anchored before stay valid; revocations it made at or after
     * `since` have no effect and may be made again by the institution's other accounts. The account is suspended if
     * active and can never be accredited or reinstated again. A later declaration may only move `since` earlier.
     *
     * Requirements:
     * - the caller has the governor role;
     * - `issuer` has been accredited;
     * - `since` is not 0 and not later than the current block's timestamp;
     * - `issuer` is not already declared compromised as of `since` or earlier.
     */
    function declareCompromised(address issuer, uint64 since) external;

    /**
     * @notice Suspends `issuer`: from now on it is not accredited, whatever its window says.
     *
     * Requirements:
     * - the caller has the governor role;
     * - `issuer` has been accredited and is not suspended.
     */
    function suspend(address issuer) external;

    /**
     * @notice Reinstates a suspended `issuer` with its current window.
     *
     * Requirements:
     * - the caller has the governor role;
     * - `issuer` is suspended and its key was not declared compromised.
     */
    function reinstate(address issuer) external;

    /**
     * @notice Returns the profile of the institution `issuer` belongs to and the record in force now for `issuer`
     * (all zero for an unknown account).
     *
     * Requirements: none.
     */
    function issuerOf(address issuer)
        external
        view
        returns (IssuerProfile memory profile, AccreditationRecord memory current);

    /**
     * @notice Returns the institution `issuer` belongs to (0 for an unknown account) and the instant its key was
     * declared compromised as of (0 when it was not).
     *
     * Requirements: none.
     */
    function keyStatus(address issuer) external view returns (uint32 institution, uint64 compromisedSince);

    /**
     * @notice Returns the full accreditation history of `issuer`, oldest first (empty for an unknown account).
     *
     * Requirements: none.
     */
    function accreditationHistory(address issuer) external view returns (AccreditationRecord[] memory);

    /**
     * @notice Returns true when the record in force for `issuer` at `timestamp` is active and `timestamp` is inside its
     * window. A compromise declaration does not rewrite history: it appends a suspension at the declaration's time.
     *
     * Requirements: none.
     */
    function isAccreditedAt(address issuer, uint64 timestamp) external view returns (bool);
}
