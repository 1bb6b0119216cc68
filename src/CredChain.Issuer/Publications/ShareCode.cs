using System.Security.Cryptography;
using System.Text;

namespace CredChain.Issuer.Publications;

/// <summary>
/// The portal's share format (its <c>wwwroot/js/share-crypto.js</c> and <c>Shares/ShareCrypto.cs</c>), so the portal's
/// /s page opens what the issuer publishes: code = 16 Crockford base32 symbols (80 random bits); id and key =
/// HKDF-SHA256(code, salt "credchain/share/v1", info "credchain/share/id" → 16 bytes, "credchain/share/key" → 32 bytes);
/// ciphertext = 12-byte nonce || AES-256-GCM(document) || 16-byte tag.
/// </summary>
internal static class ShareCode
{
    public const int Symbols = 16;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static readonly byte[] Salt = "credchain/share/v1"u8.ToArray();
    private static readonly byte[] InfoId = "credchain/share/id"u8.ToArray();
    private static readonly byte[] InfoKey = "credchain/share/key"u8.ToArray();

    public static string Generate() => Base32(RandomNumberGenerator.GetBytes(10), Alphabet);

    /// <summary>XXXX-XXXX-XXXX-XXXX, as printed.</summary>
    public static string Format(string code) => string.Join('-', code.Chunk(4).Select(c => new string(c)));

    public static string DeriveId(string code) =>
        Base32(HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.ASCII.GetBytes(code), 16, Salt, InfoId), Alphabet.ToLowerInvariant());

    public static byte[] Encrypt(string code, ReadOnlySpan<byte> plaintext)
    {
        var key = HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.ASCII.GetBytes(code), 32, Salt, InfoKey);
        var output = new byte[12 + plaintext.Length + 16];
        RandomNumberGenerator.Fill(output.AsSpan(0, 12));
        using var aes = new AesGcm(key, 16);
        aes.Encrypt(output.AsSpan(0, 12), plaintext, output.AsSpan(12, plaintext.Length), output.AsSpan(12 + plaintext.Length));
        return output;
    }

    private static string Base32(ReadOnlySpan<byte> data, string alphabet)
    {
        var chars = new StringBuilder(((data.Length * 8) + 4) / 5);
        int buffer = 0, bits = 0;
        foreach (var b in data)
        {
            buffer = ((buffer << 8) | b) & 0xffff;
            bits += 8;
            while (bits >= 5)
            {
                chars.Append(alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            chars.Append(alphabet[(buffer << (5 - bits)) & 31]);
        }

        return chars.ToString();
    }
}
