namespace CredChain.Ethereum.Errors;

/// <summary>
/// Stable codes for the registry contracts' custom errors, decoded from the revert data's 4-byte selector.
/// Values are never renumbered.
/// </summary>
public enum ChainErrorCode
{
    /// <summary>The revert data is empty or matches no known error.</summary>
    Unknown = 0,

    /// <summary><c>Error(string)</c>: a revert with a reason string (not raised by the registry contracts).</summary>
    ReasonString = 1,

    /// <summary><c>Panic(uint256)</c>: an assertion, overflow or similar failure.</summary>
    Panic = 2,

    /// <summary><c>AccessControlUnauthorizedAccount(account, neededRole)</c>.</summary>
    UnauthorizedAccount = 100,

    /// <summary><c>AccessControlBadConfirmation()</c>.</summary>
    BadConfirmation = 101,

    /// <summary><c>IssuerRegistryZeroAddress()</c>.</summary>
    IssuerZeroAddress = 200,

    /// <summary><c>IssuerRegistryEmptyName()</c>.</summary>
    IssuerEmptyName = 201,

    /// <summary><c>IssuerRegistryInvalidWindow(validFrom, validUntil)</c>.</summary>
    IssuerInvalidWindow = 202,

    /// <summary><c>IssuerRegistryUnknownIssuer(issuer)</c>.</summary>
    IssuerUnknown = 203,

    /// <summary><c>IssuerRegistryAlreadySuspended(issuer)</c>.</summary>
    IssuerAlreadySuspended = 204,

    /// <summary><c>IssuerRegistryNotSuspended(issuer)</c>.</summary>
    IssuerNotSuspended = 205,

    /// <summary><c>IssuerRegistryKeyCompromised(issuer)</c>: the account's key was declared compromised.</summary>
    IssuerKeyCompromised = 206,

    /// <summary><c>IssuerRegistryInvalidCompromiseTime(since)</c>: 0 or in the future.</summary>
    IssuerInvalidCompromiseTime = 207,

    /// <summary><c>IssuerRegistryAlreadyCompromised(issuer, since)</c>: already declared as of that time or earlier.</summary>
    IssuerAlreadyCompromised = 208,

    /// <summary><c>IssuerRegistryAlreadyAccredited(account)</c>: a rotation's successor already belongs to an institution.</summary>
    IssuerAlreadyAccredited = 209,

    /// <summary><c>CredentialRegistryZeroGovernance()</c>.</summary>
    ZeroGovernance = 300,

    /// <summary><c>CredentialRegistryZeroRoot()</c>.</summary>
    ZeroRoot = 301,

    /// <summary><c>CredentialRegistryRootAlreadyAnchored(root)</c>.</summary>
    RootAlreadyAnchored = 302,

    /// <summary><c>CredentialRegistryIssuerNotAccredited(issuer)</c>.</summary>
    IssuerNotAccredited = 303,

    /// <summary><c>CredentialRegistryRootNotAnchored(issuer, root)</c>.</summary>
    RootNotAnchored = 304,

    /// <summary><c>CredentialRegistryNotRootIssuer(issuer, root, caller)</c>.</summary>
    NotRootIssuer = 305,

    /// <summary><c>CredentialRegistryInvalidProof(root, targetHash)</c>.</summary>
    InvalidProof = 306,

    /// <summary><c>CredentialRegistryZeroReason()</c>.</summary>
    ZeroReason = 307,

    /// <summary><c>CredentialRegistryCredentialAlreadyRevoked(root, targetHash)</c>.</summary>
    CredentialAlreadyRevoked = 308,

    /// <summary><c>CredentialRegistryBatchAlreadyRevoked(root)</c>.</summary>
    BatchAlreadyRevoked = 309,

    /// <summary><c>CredentialRegistryKeyCompromised(account)</c>: a compromised key tried to anchor or revoke.</summary>
    KeyCompromised = 310,

    /// <summary><c>CheckpointRegistryZeroAdmin()</c>.</summary>
    HubZeroAdmin = 400,

    /// <summary><c>CheckpointRegistryInvalidMember(sourceChainId, sourceRegistry)</c>.</summary>
    HubInvalidMember = 401,

    /// <summary><c>CheckpointRegistryMemberAlreadyRegistered(memberId)</c>.</summary>
    HubMemberAlreadyRegistered = 402,

    /// <summary><c>CheckpointRegistryUnknownMember(sourceChainId, sourceRegistry)</c>.</summary>
    HubUnknownMember = 403,

    /// <summary><c>CheckpointRegistryRelayNotAccredited(memberId, relay)</c>: the caller has no relay role for the member.</summary>
    HubRelayNotAccredited = 404,

    /// <summary><c>CheckpointRegistryNonContiguousRange(memberId, expectedFromBlock, fromBlock)</c>: a gap or an overlap.</summary>
    HubNonContiguousRange = 405,

    /// <summary><c>CheckpointRegistryInvalidRange(fromBlock, toBlock)</c>: toBlock before fromBlock.</summary>
    HubInvalidRange = 406,

    /// <summary><c>CheckpointRegistryZeroBlockHash()</c>.</summary>
    HubZeroBlockHash = 407,
}
