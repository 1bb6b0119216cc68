namespace CredChain.Issuer.Storage;

/// <summary>Maps a client's Idempotency-Key (per issuer account) to the credential it created and the request it came with.</summary>
internal sealed class IdempotencyRecord
{
    public string IssuerAddress { get; set; } = "";

    public string Key { get; set; } = "";

    /// <summary>SHA-256 of the request body, so a reused key with a different body is refused.</summary>
    public byte[] RequestHash { get; set; } = [];

    public Guid CredentialId { get; set; }

    public long CreatedAtMs { get; set; }
}
