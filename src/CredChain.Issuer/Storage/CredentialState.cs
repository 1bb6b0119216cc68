namespace CredChain.Issuer.Storage;

/// <summary>Lifecycle of one credential. Stored as its number: never renumber.</summary>
internal enum CredentialState
{
    Pending = 0,
    Anchoring = 1,
    Anchored = 2,
    Revoked = 3,

    /// <summary>Its batch failed (reported, never stored on the credential row).</summary>
    Failed = 4,
}
