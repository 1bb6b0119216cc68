namespace CredChain.Core.Verification;

/// <summary>The overall answer of a verification. Values are stable; never renumber.</summary>
public enum VerdictStatus
{
    /// <summary>Every required check passed.</summary>
    Valid = 1,

    /// <summary>The credential or its batch was revoked by the issuer.</summary>
    Revoked = 2,

    /// <summary><c>validUntil</c> has passed.</summary>
    Expired = 3,

    /// <summary><c>validFrom</c> is in the future.</summary>
    NotYetValid = 4,

    /// <summary>The content, salts, hidden leaves or Merkle path were changed.</summary>
    Tampered = 5,

    /// <summary>The credential was never anchored (or not yet).</summary>
    NotAnchored = 6,

    /// <summary>The credential names a network or registry this verifier does not trust.</summary>
    UnknownNetwork = 7,

    /// <summary>The issuer was not accredited when it anchored the credential.</summary>
    IssuerNotAccredited = 8,

    /// <summary>The document is not a well-formed credential.</summary>
    Malformed = 9,

    /// <summary>A check could not reach a decision (e.g. the chain could not be read).</summary>
    CouldNotVerify = 10,

    /// <summary>The issuer named in the document is not the account that anchored it.</summary>
    IssuerMismatch = 11,

    /// <summary>The credential was anchored after its issuer's key was declared compromised: it may be forged.</summary>
    IssuerKeyCompromised = 12,

    /// <summary>The document's issuer (an OpenAttestation <c>DocumentStore</c>) is not on this verifier's trust list.</summary>
    UnknownIssuer = 13,

    /// <summary>A kind of document this verifier recognises but does not check (a transferable OpenAttestation document).</summary>
    Unsupported = 14,
}
