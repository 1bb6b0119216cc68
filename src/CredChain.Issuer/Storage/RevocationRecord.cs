namespace CredChain.Issuer.Storage;

/// <summary>An on-chain revocation of one credential or of a whole batch, written ahead like an anchoring.</summary>
internal sealed class RevocationRecord
{
    public Guid Id { get; set; }

    public string IssuerAddress { get; set; } = "";

    public Guid BatchId { get; set; }

    /// <summary>Null when the whole batch is revoked.</summary>
    public Guid? CredentialId { get; set; }

    public int Reason { get; set; }

    public OperationState State { get; set; }

    public long CreatedAtMs { get; set; }

    public long? Nonce { get; set; }

    public byte[]? SignedTransaction { get; set; }

    public byte[]? TransactionHash { get; set; }

    public long? BlockNumber { get; set; }

    public string? LastError { get; set; }

    /// <summary>Stable reason code of a deterministic failure (see <c>Anchoring.FailureCodes</c>); null unless failed.</summary>
    public string? FailureCode { get; set; }

    /// <summary>The contract error's name (e.g. <c>CredentialRegistryIssuerNotAccredited</c>) when a revert caused the failure.</summary>
    public string? FailureError { get; set; }

    public long? FailedAtMs { get; set; }
}
