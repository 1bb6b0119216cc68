namespace CredChain.Issuer.Storage;

/// <summary>The column list bulk writers fill, in order; kept next to the model mapping's names.</summary>
internal static class CredentialColumns
{
    public static readonly string[] Names =
        ["id", "issuer_address", "state", "batch_id", "target_hash", "document", "accepted_at_ms"];
}
