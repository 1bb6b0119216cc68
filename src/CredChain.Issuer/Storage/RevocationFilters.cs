namespace CredChain.Issuer.Storage;

/// <summary>
/// The partial-index predicates that define an "active" revocation (any state but failed), in SQL both providers read alike.
/// The state number is <see cref="OperationState.Failed"/>.
/// </summary>
internal static class RevocationFilters
{
    public const string ActiveCredential = "credential_id IS NOT NULL AND state <> 3";

    public const string ActiveBatch = "credential_id IS NULL AND state <> 3";
}
