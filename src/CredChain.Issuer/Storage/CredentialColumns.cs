namespace CredChain.Issuer.Storage;

/// <summary>The column lists bulk writers fill, in order; kept next to the model mapping's names.</summary>
internal static class CredentialColumns
{
    public const string CredentialsTable = "credentials";
    public const string DocumentsTable = "credential_documents";

    public static readonly string[] Credentials =
        ["id", "issuer_address", "state", "batch_id", "target_hash", "accepted_at_ms"];

    public static readonly string[] Documents = ["id", "document", "template_id"];
}
