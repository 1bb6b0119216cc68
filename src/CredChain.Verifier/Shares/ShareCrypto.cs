namespace CredChain.Verifier.Shares;

/// <summary>
/// What the browser does (wwwroot/js/share-crypto.js), stated once for the server's checks:
/// code = 16 Crockford base32 symbols (80 random bits), shown as XXXX-XXXX-XXXX-XXXX;
/// id = HKDF-SHA256(code, salt "credchain/share/v1", info "credchain/share/id", 16 bytes) in base32;
/// key = HKDF-SHA256(code, same salt, info "credchain/share/key", 32 bytes) for AES-256-GCM;
/// ciphertext = 12-byte random nonce || AES-GCM(document) || 16-byte tag.
/// </summary>
internal static class ShareCrypto
{
    public const int NonceBytes = 12;
    public const int TagBytes = 16;
    public const int MinCiphertextBytes = NonceBytes + TagBytes + 2;
}
