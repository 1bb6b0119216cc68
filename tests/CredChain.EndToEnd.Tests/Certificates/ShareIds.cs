using System.Security.Cryptography;
using System.Text;

namespace CredChain.EndToEnd.Tests.Certificates;

/// <summary>The portal's share id for a code, derived here independently (HKDF-SHA256 as in share-crypto.js).</summary>
public static class ShareIds
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string Derive(string code)
    {
        var bytes = HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.ASCII.GetBytes(code), 16, "credchain/share/v1"u8.ToArray(), "credchain/share/id"u8.ToArray());
        var text = new StringBuilder();
        int buffer = 0, bits = 0;
        foreach (var b in bytes)
        {
            buffer = ((buffer << 8) | b) & 0xffff;
            bits += 8;
            while (bits >= 5)
            {
                text.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        return text.Append(Alphabet[(buffer << (5 - bits)) & 31]).ToString();
    }
}
