namespace CredChain.Issuer.Publications;

/// <summary>
/// The encrypted copy of one credential published to the portal for its printed certificate's QR code. The code is the
/// key material (the portal only ever sees the id derived from it), kept here so the certificate can be printed again.
/// </summary>
internal sealed class PublicationRecord
{
    public Guid CredentialId { get; set; }

    public Guid BatchId { get; set; }

    public string IssuerAddress { get; set; } = "";

    /// <summary>16 upper-case Crockford base32 symbols (80 random bits), printed on the certificate.</summary>
    public string Code { get; set; } = "";

    /// <summary>The portal's lookup id derived from <see cref="Code"/> (26 lower-case base32 characters).</summary>
    public string ShareId { get; set; } = "";

    /// <summary>
    /// The holder's withdrawal code (16 upper-case Crockford base32 symbols, 80 random bits): delivered to the graduate
    /// with the credential file, never printed; the portal holds only its SHA-256. Null for copies published before
    /// holders could withdraw (only the issuer withdraws those).
    /// </summary>
    public string? HolderWithdrawalCode { get; set; }

    public PublicationState State { get; set; }

    public long CreatedAtMs { get; set; }

    public long? PublishedAtMs { get; set; }

    public long? WithdrawnAtMs { get; set; }
}
