namespace CredChain.Core.Verification;

/// <summary>Why an answer through a national hub was refused.</summary>
public enum HubRefusal
{
    /// <summary>A proof does not fold to its checkpoint's root on the hub, or proves another event than the one asked.</summary>
    ProofRejected = 1,

    /// <summary>The checkpoint was posted by a relay this verifier does not accept.</summary>
    RelayNotAccepted = 2,

    /// <summary>The hub has no checkpoint of the member network.</summary>
    MemberUnknown = 3,
}
