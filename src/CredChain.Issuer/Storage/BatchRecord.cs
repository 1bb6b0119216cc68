namespace CredChain.Issuer.Storage;

/// <summary>A set of credentials anchored under one Merkle root by one transaction, with the write-ahead record of that transaction.</summary>
internal sealed class BatchRecord
{
    public Guid Id { get; set; }

    public string IssuerAddress { get; set; } = "";

    public BatchState State { get; set; }

    /// <summary>True when the batch is one bulk upload; false when the worker grouped single credentials.</summary>
    public bool FromUpload { get; set; }

    public int CredentialCount { get; set; }

    public long CreatedAtMs { get; set; }

    public byte[]? Root { get; set; }

    public long? Nonce { get; set; }

    public byte[]? SignedTransaction { get; set; }

    public byte[]? TransactionHash { get; set; }

    public long? BlockNumber { get; set; }

    public long? GasUsed { get; set; }

    public long? AnchoredAtMs { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>Stable reason code of a deterministic failure (see <c>Anchoring.FailureCodes</c>); null unless failed.</summary>
    public string? FailureCode { get; set; }

    /// <summary>The contract error's name (e.g. <c>CredentialRegistryIssuerNotAccredited</c>) when a revert caused the failure.</summary>
    public string? FailureError { get; set; }

    public long? FailedAtMs { get; set; }

    public int? RevocationReason { get; set; }

    public long? RevokedAtMs { get; set; }
}
