namespace CredChain.Core.Documents;

/// <summary>Strict checks for the hex forms used inside documents.</summary>
internal static class HexText
{
    /// <summary>True when <paramref name="text"/> is <c>0x</c> followed by exactly <paramref name="byteCount"/> bytes of lowercase hex.</summary>
    public static bool IsLowercaseHex(ReadOnlySpan<char> text, int byteCount)
    {
        if (text.Length != 2 + (2 * byteCount) || text[0] != '0' || text[1] != 'x')
        {
            return false;
        }

        foreach (var c in text[2..])
        {
            if (!char.IsAsciiDigit(c) && c is not (>= 'a' and <= 'f'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="text"/> is <c>0x</c> followed by 40 hex digits of either case (an Ethereum address).</summary>
    public static bool IsAddress(ReadOnlySpan<char> text)
    {
        if (text.Length != 42 || text[0] != '0' || text[1] != 'x')
        {
            return false;
        }

        foreach (var c in text[2..])
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
