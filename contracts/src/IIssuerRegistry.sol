// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/**
 * @title IIssuerRegistry
 * @notice Consortium governance of credential issuers: who is accredited, for which validity window, and since when.
 * @dev Every change appends an {AccreditationRecord} to the issuer's history, so a verifier can ask whether an issuer
 * was accredited at any past instant (for example when it anchored a Merkle root).
 */
interface IIssuerRegistry {
    /**
     * @notice One entry of an issuer's accreditation history; it is in force from `since` until the next entry.
     * @param since Block timestamp at which this record took effect.
     * @param validFrom First instant of the accreditation window (seconds since the Unix epoch).
     * @param validUntil Last instant of the accreditation window, inclusive; 0 means open-ended.
     * @param active False while the issuer is suspended.
     */
    struct AccreditationRecord {
        uint40 since;
        uint40 validFrom;
        uint40 validUntil;
        bool active;
    }

    /**
     * @notice Display profile of an issuer.
     * @param nameZh Chinese display name.
     * @param nameEn English display name.
     * @param domain Internet domain the issuer is known by (may be empty).
     */
    struct IssuerProfile {
        string nameZh;
        string nameEn;
        string domain;
    }

    /// @notice Emitted when `issuer` is accredited for the first time or renewed with a new profile and window.
    event IssuerAccredited(
        address indexed issuer, string nameZh, string nameEn, string domain, uint64 validFrom, uint64 validUntil
    );

    /// @notice Emitted when `issuer` is suspended.
    event IssuerSuspended(address indexed issuer);

    /// @notice Emitted when a suspended `issuer` is reinstated.
    event IssuerReinstated(address indexed issuer);

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

    /**
     * @notice Accredits `issuer`, or renews it: replaces its profile and window and makes it active.
     *
     * Requirements:
     * - the caller has the governor role;
     * - `issuer` is not the zero address;
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
     * @notice Suspends `issuer`: from now on it is not accredited, whatever its window says.
     *
     * Requirements:
     * - the caller has the governor role;
     * - `issuer` has been accredited and is not suspended.
     */
    function suspend(address issuer) external;

    /**
     * @notice Reinstates a suspended `issuer` with its current profile and window.
     *
     * Requirements:
     * - the caller has the governor role;
     * - `issuer` is suspended.
     */
    function reinstate(address issuer) external;

    /**
     * @notice Returns the profile and the record in force now for `issuer` (all zero for an unknown issuer).
     *
     * Requirements: none.
     */
    function issuerOf(address issuer)
        external
        view
        returns (IssuerProfile memory profile, AccreditationRecord memory current);

    /**
     * @notice Returns the full accreditation history of `issuer`, oldest first (empty for an unknown issuer).
     *
     * Requirements: none.
     */
    function accreditationHistory(address issuer) external view returns (AccreditationRecord[] memory);

    /**
     * @notice Returns true when the record in force for `issuer` at `timestamp` is active and `timestamp` is inside its
     * window.
     *
     * Requirements: none.
     */
    function isAccreditedAt(address issuer, uint64 timestamp) external view returns (bool);
}
