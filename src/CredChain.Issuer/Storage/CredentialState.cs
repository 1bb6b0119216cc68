namespace CredChain.Issuer.Storage;

/// <summary>Lifecycle of one credential. Stored as its number: never renumber.</summary>
internal enum CredentialState
{
    Pending = 0,
    Anchoring = 1,
    Anchored = 2,
    Revoked = 3,
}
