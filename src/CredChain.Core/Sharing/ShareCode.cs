using System.Security.Cryptography;
using System.Text;

namespace CredChain.Core.Sharing;

/// <summary>
/// The portal's share format (its <c>wwwroot/js/share-crypto.js</c> and <c>Shares/ShareCrypto.cs</c>), so what an issuing
/// service publishes or a CLI names opens on the portal's /s page: code = 16 Crockford base32 symbols (80 random bits);
/// id and key = HKDF-SHA256(code, salt "credchain/share/v1", info "credchain/share/id" → 16 bytes, "credchain/share/key"
/// → 32 bytes); ciphertext = 12-byte nonce || AES-256-GCM(document) || 16-byte tag. Holder withdrawal codes use the same
/// 16-symbol form, so people read and type both the same way.
/// </summary>
public static class ShareCode
{
    /// <summary>Symbols in a code (80 bits).</summary>
    public const int Symbols = 16;

    private static readonly byte[] Salt = "credchain/share/v1"u8.ToArray();
    private static readonly byte[] InfoId = "credchain/share/id"u8.ToArray();
    private static readonly byte[] InfoKey = "credchain/share/key"u8.ToArray();

    /// <summary>A fresh code from the operating system's CSPRNG: 16 upper-case symbols, no dashes.</summary>
    public static string Generate() => CrockfordBase32.EncodeUpper(RandomNumberGenerator.GetBytes(10));

    /// <summary>XXXX-XXXX-XXXX-XXXX, as printed or handed to a person.</summary>
    public static string Format(string code) => string.Join('-', code.Chunk(4).Select(c => new string(c)));

    /// <summary>
    /// What a person typed, as a code: case, spaces and dashes do not matter; O reads as 0, I and L as 1 (as the portal's
    /// pages read it). Null when it is not 16 symbols of the alphabet.
    /// </summary>
    public static string? Normalize(string? input)
    {
        if (input is null || input.Length > 64)
        {
            return null;
        }

        var code = new StringBuilder(Symbols);
        foreach (var c in input.ToUpperInvariant())
        {
            var symbol = c switch { 'O' => '0', 'I' or 'L' => '1', _ => c };
            if (symbol is ' ' or '-' or '\t')
            {
                continue;
            }

            if (!CrockfordBase32.Alphabet.Contains(symbol, StringComparison.Ordinal))
            {
                return null;
            }

            code.Append(symbol);
        }

        return code.Length == Symbols ? code.ToString() : null;
    }

    /// <summary>The portal's lookup id of a code: 26 lower-case base32 characters (128 bits).</summary>
    public static string DeriveId(string code) =>
        CrockfordBase32.Encode(HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.ASCII.GetBytes(code), 16, Salt, InfoId));

    /// <summary>Encrypts a document under the code's key: nonce || ciphertext || tag.</summary>
    public static byte[] Encrypt(string code, ReadOnlySpan<byte> plaintext)
    {
        var key = HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.ASCII.GetBytes(code), 32, Salt, InfoKey);
        var output = new byte[12 + plaintext.Length + 16];
        RandomNumberGenerator.Fill(output.AsSpan(0, 12));
        using var aes = new AesGcm(key, 16);
        aes.Encrypt(output.AsSpan(0, 12), plaintext, output.AsSpan(12, plaintext.Length), output.AsSpan(12 + plaintext.Length));
        return output;
    }

    /// <summary>
    /// The SHA-256 of a holder withdrawal code (its normalized 16 symbols as ASCII): what the issuing service sends the
    /// portal, and what the portal compares a presented code's hash with. The code itself never reaches the portal's store.
    /// </summary>
    public static byte[] WithdrawalHash(string code) => SHA256.HashData(Encoding.ASCII.GetBytes(code));
}
