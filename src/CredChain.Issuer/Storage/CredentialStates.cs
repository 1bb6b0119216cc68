namespace CredChain.Issuer.Storage;

/// <summary>
/// A credential's state as the API reports it. Anchoring is a property of the batch: a credential row keeps
/// <see cref="CredentialState.Pending"/> until it is revoked, and a batched credential follows its batch, so anchoring
/// a 500,000-credential batch updates one row, not 500,000.
/// </summary>
internal static class CredentialStates
{
    /// <summary>The state of <paramref name="credential"/>, given its batch (null while it has none).</summary>
    public static CredentialState Of(CredentialRecord credential, BatchRecord? batch) =>
        credential.State == CredentialState.Revoked ? CredentialState.Revoked : Of(batch);

    /// <summary>The state of a credential that is not revoked, given its batch (null while it has none).</summary>
    public static CredentialState Of(BatchRecord? batch) => batch?.State switch
    {
        null or BatchState.Pending => CredentialState.Pending,
        BatchState.Anchoring => CredentialState.Anchoring,
        BatchState.Anchored => CredentialState.Anchored,
        BatchState.Failed => CredentialState.Failed,
        _ => throw new ArgumentOutOfRangeException(nameof(batch), batch.State, "Unknown batch state."),
    };
}
