using System.Diagnostics.CodeAnalysis;
using CredChain.Core.Documents;
using Nethereum.Util;

namespace CredChain.Cli.Besu;

/// <summary>A 20-byte account address, kept in its EIP-55 checksummed form.</summary>
internal readonly record struct EthereumAddress
{
    public const int ByteLength = 20;

    private EthereumAddress(string checksummed) => Checksummed = checksummed;

    /// <summary><c>0x</c> followed by 40 hex digits in EIP-55 mixed case.</summary>
    public string Checksummed { get; }

    /// <summary><c>0x</c> followed by 40 lowercase hex digits, the form Besu's files and genesis use.</summary>
    public string Lowercase => Checksummed.ToLowerInvariant();

    public byte[] ToBytes() => Convert.FromHexString(Checksummed.AsSpan(2));

    public static EthereumAddress FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != ByteLength)
        {
            throw new ArgumentException($"An address is {ByteLength} bytes, not {bytes.Length}.", nameof(bytes));
        }

        return new EthereumAddress(AddressUtil.Current.ConvertToChecksumAddress(bytes.ToArray()));
    }

    /// <summary>
    /// Accepts <c>0x</c> + 40 hex digits. All-lowercase and all-uppercase carry no checksum and are accepted;
    /// mixed case must be a valid EIP-55 checksum, so a mistyped address is caught instead of funded.
    /// </summary>
    public static bool TryParse(string? text, out EthereumAddress address, [NotNullWhen(false)] out string? error)
    {
        address = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "an address is required";
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.Length != 42 || !trimmed.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            || !HexText.IsHexDigits(trimmed.AsSpan(2)))
        {
            error = $"'{text}' is not an address: expected 0x followed by 40 hex digits";
            return false;
        }

        var digits = trimmed[2..];
        var mixedCase = digits.Any(char.IsLower) && digits.Any(char.IsUpper);
        var normalised = "0x" + digits;
        if (mixedCase && !AddressUtil.Current.IsChecksumAddress(normalised))
        {
            error = $"'{text}' has an invalid EIP-55 checksum (mixed case that does not match): check for a typo";
            return false;
        }

        var parsed = FromBytes(Convert.FromHexString(digits));
        if (parsed.ToBytes().All(b => b == 0))
        {
            error = "the zero address cannot sign transactions";
            return false;
        }

        address = parsed;
        error = null;
        return true;
    }

    public override string ToString() => Checksummed;
}
