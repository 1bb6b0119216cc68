namespace CredChain.Core.Verification;

/// <summary>
/// Why a check returned what it did. The portal localizes messages by this code, so values are stable: never
/// renumber or reuse one; add new codes at the end of their range. Hundreds follow <see cref="CheckKind"/>.
/// </summary>
public enum ReasonCode
{
    /// <summary>WellFormed, Valid: the document parsed and every required member is in the right form.</summary>
    DocumentWellFormed = 100,

    /// <summary>WellFormed, Invalid: the document is not a credential in the native format (see <see cref="Verdict.FormatError"/>).</summary>
    DocumentMalformed = 101,

    /// <summary>Integrity, Valid: the recomputed targetHash equals the stated one.</summary>
    TargetHashMatches = 200,

    /// <summary>Integrity, Invalid: the recomputed targetHash differs from the stated one (a value, salt or hidden leaf was changed).</summary>
    TargetHashMismatch = 201,

    /// <summary>Integrity, Invalid: a value has no salt (a field was added or moved).</summary>
    ValueWithoutSalt = 202,

    /// <summary>Integrity, Invalid: a salt names no value (a field was removed without being hidden).</summary>
    SaltWithoutValue = 203,

    /// <summary>Integrity, Invalid: an empty object or array was added (issued credentials never contain one).</summary>
    EmptyContainer = 204,

    /// <summary>
    /// Integrity, Invalid: a number is not written in its canonical form (<c>2.50</c> for <c>2.5</c>,
    /// <c>20230000000000000</c> for the double <c>20230000000000000</c> written as another integer, …). Issued credentials
    /// always write numbers canonically, so what a reader sees is what was hashed; another spelling is a hand edit.
    /// </summary>
    NumberNotCanonical = 205,

    /// <summary>Integrity, Invalid: <c>proof.hiddenLeaves</c> is not in strictly ascending order (reordered or repeated by hand).</summary>
    HiddenLeavesNotCanonical = 206,

    /// <summary>Integrity, Invalid: an OpenAttestation document's data has a member name with a period, which its format cannot flatten (an issuer's library refuses it).</summary>
    DataKeyNotFlattenable = 207,

    /// <summary>MerklePath, Valid: the path leads from the targetHash to the stated root.</summary>
    MerklePathValid = 300,

    /// <summary>MerklePath, Invalid: the path does not lead from the targetHash to the stated root.</summary>
    MerklePathInvalid = 301,

    /// <summary>MerklePath, Invalid: the document has no Merkle proof yet (issued but not yet anchored).</summary>
    MerkleProofMissing = 302,

    /// <summary>Anchored, Valid: the root is anchored and the chain accepts the path.</summary>
    RootAnchored = 400,

    /// <summary>Anchored, Invalid: the root was never anchored on the stated registry.</summary>
    RootNotAnchored = 401,

    /// <summary>Anchored, Invalid: the stated network and registry are not ones this verifier trusts.</summary>
    UnknownNetwork = 402,

    /// <summary>Anchored, Error: the chain could not be read.</summary>
    AnchorLookupFailed = 403,

    /// <summary>Anchored, Invalid: the root is anchored but the chain rejects the path for this targetHash.</summary>
    ProofRejectedOnChain = 404,

    /// <summary>Anchored, Invalid: the document carries no anchor (issued but not yet anchored).</summary>
    AnchorMissing = 405,

    /// <summary>Anchored, Invalid: the account the issuer DID names did not anchor the root, but another account did.</summary>
    RootAnchoredByAnotherAccount = 406,

    /// <summary>Anchored, Valid: the OpenAttestation document's <c>DocumentStore</c> says <c>isIssued(merkleRoot)</c>.</summary>
    RootIssuedInDocumentStore = 407,

    /// <summary>Anchored, Invalid: the OpenAttestation document's <c>DocumentStore</c> never issued its merkleRoot.</summary>
    RootNotIssuedInDocumentStore = 408,

    /// <summary>Anchored, Invalid: the document's <c>DocumentStore</c> is not on this verifier's trust list, so its network is unknown.</summary>
    DocumentStoreNotListed = 409,

    /// <summary>Anchored, Invalid: a transferable OpenAttestation document (token registry): this verifier does not check those.</summary>
    TransferableDocumentUnsupported = 410,

    /// <summary>Anchored, Valid: the member network's root is proven through a national hub checkpoint (the member chain itself was not asked).</summary>
    RootAnchoredViaHub = 450,

    /// <summary>Anchored, Invalid: a relay's checkpoint proof does not fold to the hub's checkpoint root, or proves another event (forged or replayed).</summary>
    HubProofRejected = 451,

    /// <summary>Anchored, Invalid: the hub checkpoint was posted by a relay this verifier does not accept.</summary>
    HubRelayNotAccepted = 452,

    /// <summary>Anchored, Invalid: the hub has no checkpoint of the member network yet (or does not know it).</summary>
    HubMemberUnknown = 453,

    /// <summary>IssuerIdentity, Valid: the issuer DID names the anchoring account on the anchoring chain.</summary>
    IssuerMatchesAnchor = 500,

    /// <summary>IssuerIdentity, Invalid: the issuer DID names a different account than the one that anchored the root.</summary>
    IssuerAddressMismatch = 501,

    /// <summary>IssuerIdentity, Invalid: the issuer DID names a different chain than the anchor.</summary>
    IssuerChainMismatch = 502,

    /// <summary>IssuerIdentity, Valid: the trust list names the institution behind the document's <c>DocumentStore</c>.</summary>
    DocumentStoreListed = 503,

    /// <summary>IssuerIdentity, Invalid: no institution on the trust list owns the document's <c>DocumentStore</c>.</summary>
    UnknownIssuer = 504,

    /// <summary>NotRevoked, Valid: neither the credential nor its batch is revoked.</summary>
    NotRevoked = 600,

    /// <summary>NotRevoked, Valid: no revocation as of the stated hub checkpoint (a newer one is not yet known to the hub).</summary>
    NotRevokedAsOfCheckpoint = 650,

    /// <summary>NotRevoked, Invalid: the issuer revoked this credential.</summary>
    CredentialRevoked = 601,

    /// <summary>NotRevoked, Invalid: the issuer revoked the whole batch.</summary>
    BatchRevoked = 602,

    /// <summary>NotRevoked, Invalid: the <c>DocumentStore</c> revoked this document (its targetHash).</summary>
    DocumentRevokedInStore = 603,

    /// <summary>NotRevoked, Invalid: the <c>DocumentStore</c> revoked the document's whole batch (its merkleRoot).</summary>
    RootRevokedInStore = 604,

    /// <summary>IssuerAccredited, Valid: the issuer was accredited when it anchored the root, and still is.</summary>
    IssuerAccredited = 700,

    /// <summary>IssuerAccredited, Invalid: the issuer was not accredited (or was suspended) when it anchored the root.</summary>
    IssuerNotAccreditedAtAnchoring = 701,

    /// <summary>IssuerAccredited, Valid: the issuer was accredited when it anchored the root but is no longer active; credentials it issued stay valid.</summary>
    IssuerAccreditedThenInactive = 702,

    /// <summary>IssuerAccredited, Invalid: the root was anchored at or after the instant the anchoring key was declared compromised as of; it may be forged.</summary>
    IssuerKeyCompromised = 703,

    /// <summary>IssuerAccredited, Valid: the anchoring key was declared compromised as of an instant after this root was anchored; the credential predates it and stays valid.</summary>
    IssuerKeyCompromisedLater = 704,

    /// <summary>ValidityWindow, Valid: now is within validFrom .. validUntil.</summary>
    WithinValidityWindow = 800,

    /// <summary>ValidityWindow, Invalid: validUntil has passed.</summary>
    Expired = 801,

    /// <summary>ValidityWindow, Invalid: validFrom is in the future.</summary>
    NotYetValid = 802,

    /// <summary>Any kind, Error: the check threw unexpectedly.</summary>
    CheckFailed = 900,

    /// <summary>Any kind, Skipped: the document is malformed, so the check cannot run.</summary>
    SkippedMalformedDocument = 901,

    /// <summary>Any kind, Skipped: the chain's answer is missing (root not anchored, unknown network or lookup failed).</summary>
    SkippedAnchorUnavailable = 902,

    /// <summary>Any kind, Skipped: the check does not apply to this document.</summary>
    SkippedNotApplicable = 903,
}
