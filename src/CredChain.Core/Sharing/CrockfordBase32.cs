using System.Text;

namespace CredChain.Core.Sharing;

/// <summary>
/// Crockford base32 without padding (no I, L, O or U, so a person can read it back): upper case for the codes people
/// type (<see cref="ShareCode"/>), lower case for the portal's share ids and delete tokens.
/// </summary>
public static class CrockfordBase32
{
    /// <summary>The 32 symbols in upper case.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private const string LowerAlphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    /// <summary>The lower-case text of <paramref name="data"/> (8 bits per byte, 5 per symbol, the last one zero-padded).</summary>
    public static string Encode(ReadOnlySpan<byte> data) => Encode(data, LowerAlphabet);

    /// <summary>The upper-case text of <paramref name="data"/>.</summary>
    public static string EncodeUpper(ReadOnlySpan<byte> data) => Encode(data, Alphabet);

    private static string Encode(ReadOnlySpan<byte> data, string alphabet)
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
