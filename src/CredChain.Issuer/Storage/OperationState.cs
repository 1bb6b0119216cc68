namespace CredChain.Issuer.Storage;

/// <summary>Lifecycle of an on-chain revocation. Stored as its number: never renumber.</summary>
internal enum OperationState
{
    Pending = 0,
    Sending = 1,
    Confirmed = 2,
    /// <summary>Stopped by a deterministic error (see <c>FailureCode</c>); waits for an operator's retry.</summary>
    Failed = 3,
}
