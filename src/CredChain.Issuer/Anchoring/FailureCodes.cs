namespace CredChain.Issuer.Anchoring;

/// <summary>
/// Stable reason codes of a failed batch or revocation, stored in <c>failure_code</c> and shown as <c>failure.code</c>
/// (snake_case, like the API's problem codes). Values are never changed once released.
/// </summary>
internal static class FailureCodes
{
    public const string IssuerNotAccredited = "issuer_not_accredited";
    public const string RootAlreadyAnchored = "root_already_anchored";
    public const string RootNotAnchored = "root_not_anchored";
    public const string NotRootIssuer = "not_root_issuer";
    public const string InvalidProof = "invalid_proof";
    public const string CredentialAlreadyRevoked = "credential_already_revoked";
    public const string BatchAlreadyRevoked = "batch_already_revoked";
    public const string Unauthorized = "unauthorized_account";
    public const string KeyCompromised = "key_compromised";

    /// <summary>A revert the table in <see cref="DeterministicFailures"/> does not name (still never retried on its own).</summary>
    public const string ContractReverted = "contract_reverted";

    /// <summary>The service holds no key for the item's issuer account (it was removed from <c>Issuer:Accounts</c>).</summary>
    public const string NoSigningKey = "no_signing_key";

    /// <summary>A second active revocation of the same credential or batch, failed by the migration that made them unique.</summary>
    public const string DuplicateRevocation = "duplicate_revocation";
}
