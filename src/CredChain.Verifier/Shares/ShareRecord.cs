namespace CredChain.Verifier.Shares;

/// <summary>A stored share: ciphertext only. Times are Unix milliseconds so every provider compares them natively.</summary>
internal sealed class ShareRecord
{
    public required string Id { get; init; }

    /// <summary>AES-256-GCM nonce and ciphertext as sent by the browser; null once the share expired and was purged.</summary>
    public byte[]? Ciphertext { get; set; }

    /// <summary>SHA-256 of the delete token; the token itself is never stored.</summary>
    public required byte[] DeleteTokenHash { get; init; }

    public long CreatedAtMs { get; init; }

    public long ExpiresAtMs { get; init; }

    /// <summary>The configured name of the issuing service that published this share (printed certificates); null for a holder's share.</summary>
    public string? Publisher { get; init; }

    /// <summary>
    /// SHA-256 of the holder's withdrawal code of a published copy (the issuing service sends only the hash); null for a
    /// holder's own share and for copies published before holders could withdraw.
    /// </summary>
    public byte[]? HolderWithdrawalCodeHash { get; init; }

    /// <summary>When the publisher or the holder withdrew the share (its ciphertext is wiped then); null while it stands.</summary>
    public long? WithdrawnAtMs { get; set; }

    /// <summary>Who withdrew it; null while it stands (and for withdrawals recorded before this was kept: the issuer's).</summary>
    public ShareWithdrawer? WithdrawnBy { get; set; }
}
