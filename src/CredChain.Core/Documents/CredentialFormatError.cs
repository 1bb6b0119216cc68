namespace CredChain.Core.Documents;

/// <summary>Why a document was rejected as malformed. Values are stable; never renumber.</summary>
public enum CredentialFormatError
{
    /// <summary>The bytes are not well-formed UTF-8 JSON.</summary>
    InvalidJson = 1,

    /// <summary>The JSON root is not an object.</summary>
    RootNotObject = 2,

    /// <summary>An object has the same member name twice.</summary>
    DuplicateKey = 3,

    /// <summary>A required member is missing.</summary>
    MissingField = 4,

    /// <summary>A member has the wrong JSON type (e.g. a string where an object is required).</summary>
    WrongType = 5,

    /// <summary><c>validFrom</c>/<c>validUntil</c> is not an RFC 3339 date-time with a time zone.</summary>
    BadDate = 6,

    /// <summary>A hash, salt or address is not lowercase <c>0x</c>-prefixed hex.</summary>
    BadHex = 7,

    /// <summary>A hex value has the wrong number of bytes.</summary>
    WrongLength = 8,

    /// <summary>Nesting exceeds <see cref="CredentialLimits.MaxDepth"/>.</summary>
    TooDeep = 9,

    /// <summary>The document exceeds <see cref="CredentialLimits.MaxDocumentBytes"/> (or, issuing, <see cref="CredentialLimits.MaxIssuedBytes"/>).</summary>
    TooLarge = 10,

    /// <summary><c>id</c> is not <c>urn:uuid:</c> followed by a lowercase version-7 UUID.</summary>
    BadCredentialId = 11,

    /// <summary><c>issuer.id</c> is not <c>did:pkh:eip155:&lt;chainId&gt;:&lt;address&gt;</c>, or the name is empty.</summary>
    BadIssuer = 12,

    /// <summary><c>@context</c> does not start with the VC 2.0 context.</summary>
    BadContext = 13,

    /// <summary><c>type</c> does not include <c>VerifiableCredential</c>.</summary>
    BadType = 14,

    /// <summary>A salt key is not a JSON Pointer (RFC 6901).</summary>
    BadPointer = 15,

    /// <summary>A value has no RFC 8785 canonical form (lone surrogate, number out of double range).</summary>
    NotCanonicalizable = 16,

    /// <summary>The proof's Merkle and anchor members are not all present or all absent, or its type is unknown.</summary>
    InconsistentProof = 17,

    /// <summary><c>validUntil</c> is before <c>validFrom</c>.</summary>
    BadValidityPeriod = 18,

    /// <summary>A number (chain id, block number) is not a non-negative integer in range.</summary>
    BadNumber = 19,

    /// <summary>An empty object or array appears in the credential (it would carry no leaf, so it cannot be protected).</summary>
    EmptyContainer = 20,

    /// <summary>
    /// Issuing: a number cannot be kept exactly (e.g. <c>20230000000000001</c>, beyond 2^53, or more digits than a double
    /// holds); send it as a string. Issuing writes every number in its canonical form, so the certificate never shows
    /// digits other than the ones that were hashed.
    /// </summary>
    InexactNumber = 21,

    /// <summary>A string value or member name is longer than <see cref="CredentialLimits.MaxStringBytes"/> UTF-8 bytes.</summary>
    StringTooLong = 22,

    /// <summary>The proof's format <c>version</c> is missing or not one this library reads (see <see cref="CredentialProof.Version"/>).</summary>
    UnsupportedVersion = 23,
}
