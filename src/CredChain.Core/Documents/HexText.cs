using System.Buffers;

namespace CredChain.Core.Documents;

/// <summary>Strict checks for the hex forms used inside documents and by the tools around them (keys, addresses).</summary>
public static class HexText
{
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>True when <paramref name="text"/> is one or more hex digits of either case, without a prefix.</summary>
    public static bool IsHexDigits(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExcept(Digits);

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
