namespace CredChain.Issuer.Storage;

/// <summary>One issued credential: its document (with salts and targetHash, without anchoring data) and its state.</summary>
internal sealed class CredentialRecord
{
    public Guid Id { get; set; }

    /// <summary>Lower-case 0x address of the issuing account.</summary>
    public string IssuerAddress { get; set; } = "";

    /// <summary>Pending or Revoked as stored; see <see cref="CredentialStates"/> for the state a batched credential reports.</summary>
    public CredentialState State { get; set; }

    public Guid? BatchId { get; set; }

    public byte[] TargetHash { get; set; } = [];

    /// <summary>
    /// The credential as issued, compact UTF-8 JSON (proof holds salts and targetHash; Merkle data is attached on read);
    /// or, when <see cref="TemplateId"/> is set, only its subject and salts (see <see cref="CompactDocument"/>): read it
    /// through <see cref="StoredDocuments"/>.
    /// </summary>
    public byte[] Document { get; set; } = [];

    /// <summary>The batch template a compact <see cref="Document"/> is reassembled with; null for a whole document.</summary>
    public Guid? TemplateId { get; set; }

    public long AcceptedAtMs { get; set; }

    public int? RevocationReason { get; set; }

    public long? RevokedAtMs { get; set; }
}
