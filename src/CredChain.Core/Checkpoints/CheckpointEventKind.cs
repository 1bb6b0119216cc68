namespace CredChain.Core.Checkpoints;

/// <summary>
/// The member-registry events a checkpoint commits to. The value is the second word of an entry's preimage:
/// never renumber.
/// </summary>
public enum CheckpointEventKind
{
    /// <summary><c>RootAnchored(root, issuer, anchoredAt)</c>: fields issuer, root, anchoredAt.</summary>
    RootAnchored = 1,

    /// <summary><c>CredentialRevoked</c>: fields issuer, root, targetHash, revokedBy, reason, revokedAt.</summary>
    CredentialRevoked = 2,

    /// <summary><c>BatchRevoked</c>: fields issuer, root, revokedBy, reason, revokedAt.</summary>
    BatchRevoked = 3,

    /// <summary><c>IssuerAccredited</c>: fields issuer, institution, validFrom, validUntil, keccak256 of nameZh, nameEn, domain (UTF-8).</summary>
    IssuerAccredited = 4,

    /// <summary><c>IssuerSuspended</c>: field issuer.</summary>
    IssuerSuspended = 5,

    /// <summary><c>IssuerReinstated</c>: field issuer.</summary>
    IssuerReinstated = 6,

    /// <summary><c>IssuerKeyRotated</c>: fields predecessor, successor, institution.</summary>
    IssuerKeyRotated = 7,

    /// <summary><c>IssuerKeyCompromised</c>: fields issuer, since.</summary>
    IssuerKeyCompromised = 8,
}
