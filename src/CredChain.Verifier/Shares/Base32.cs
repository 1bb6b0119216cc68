namespace CredChain.Verifier.Shares;

/// <summary>Crockford base32 (lower case, no padding): no I, L, O or U, so a person can read it back.</summary>
internal static class Base32
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string Encode(ReadOnlySpan<byte> data)
    {
        var chars = new char[((data.Length * 8) + 4) / 5];
        int buffer = 0, bits = 0, at = 0;
        foreach (var b in data)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                chars[at++] = Alphabet[(buffer >> (bits - 5)) & 31];
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            chars[at] = Alphabet[(buffer << (5 - bits)) & 31];
        }

        return new string(chars);
    }
}
