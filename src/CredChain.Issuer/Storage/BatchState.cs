namespace CredChain.Issuer.Storage;

/// <summary>Lifecycle of one anchoring batch. Stored as its number: never renumber.</summary>
internal enum BatchState
{
    /// <summary>Closed (membership fixed), root not yet written ahead.</summary>
    Pending = 0,

    /// <summary>Root, nonce, signed transaction and hash are durable; the transaction may or may not be on chain.</summary>
    Anchoring = 1,

    Anchored = 2,

    /// <summary>Stopped by a deterministic error (see <c>FailureCode</c>); waits for an operator's retry. Its credentials report <c>failed</c>.</summary>
    Failed = 3,
}
