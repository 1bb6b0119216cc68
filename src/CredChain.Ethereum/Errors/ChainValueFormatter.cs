using System.Globalization;
using Nethereum.Hex.HexConvertors.Extensions;

namespace CredChain.Ethereum.Errors;

/// <summary>Formats decoded ABI values for messages: byte arrays as 0x-hex, everything else invariant.</summary>
internal static class ChainValueFormatter
{
    public static string Format(object? value) => value switch
    {
        null => "null",
        byte[] bytes => bytes.ToHex(prefix: true),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
