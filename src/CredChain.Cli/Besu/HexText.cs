using System.Buffers;

namespace CredChain.Cli.Besu;

internal static class HexText
{
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789abcdefABCDEF");

    public static bool IsHexDigits(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExcept(Digits);
}
