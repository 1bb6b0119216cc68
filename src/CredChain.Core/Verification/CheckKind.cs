namespace CredChain.Core.Verification;

/// <summary>What a check verifies. Values are stable; never renumber.</summary>
public enum CheckKind
{
    /// <summary>The document parses and has every required member in the right form.</summary>
    WellFormed = 1,

    /// <summary>The targetHash recomputed from the disclosed values, salts and hidden leaves equals the stated one.</summary>
    Integrity = 2,

    /// <summary>The Merkle path leads from the targetHash to the stated root.</summary>
    MerklePath = 3,

    /// <summary>The root is anchored on a network this verifier trusts, and the chain accepts the path.</summary>
    Anchored = 4,

    /// <summary>The document's issuer DID names the account and chain that anchored the root.</summary>
    IssuerIdentity = 5,

    /// <summary>Neither the credential nor its batch is revoked.</summary>
    NotRevoked = 6,

    /// <summary>The issuer was accredited when it anchored the root.</summary>
    IssuerAccredited = 7,

    /// <summary>Now is within <c>validFrom</c> .. <c>validUntil</c>.</summary>
    ValidityWindow = 8,
}
