using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;

namespace CredChain.Core.Documents;

/// <summary>
/// A 128-bit leaf salt. In documents and in leaf preimages it is written as lowercase <c>0x</c>-prefixed hex
/// (34 characters), e.g. <c>0x000102030405060708090a0b0c0d0e0f</c>.
/// </summary>
public readonly struct Salt : IEquatable<Salt>
{
    /// <summary>Number of bytes in a salt.</summary>
    public const int Size = 16;

    /// <summary>Length of the <c>0x</c>-prefixed hex form.</summary>
    public const int HexLength = 2 + (2 * Size);

    private readonly ulong _high;
    private readonly ulong _low;

    private Salt(ulong high, ulong low)
    {
        _high = high;
        _low = low;
    }

    /// <summary>Creates a salt from exactly 16 bytes.</summary>
    /// <exception cref="ArgumentException"><paramref name="bytes"/> is not 16 bytes long.</exception>
    public static Salt FromBytes(ReadOnlySpan<byte> bytes) =>
        bytes.Length == Size
            ? new Salt(BinaryPrimitives.ReadUInt64BigEndian(bytes), BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]))
            : throw new ArgumentException($"A salt is {Size} bytes; got {bytes.Length}.", nameof(bytes));

    /// <summary>Parses the canonical form: <c>0x</c> followed by 32 lowercase hex digits.</summary>
    /// <exception cref="FormatException">The text is not in canonical form.</exception>
    public static Salt Parse(string text) =>
        TryParse(text, out var salt) ? salt : throw new FormatException("A salt is '0x' followed by 32 lowercase hex digits.");

    /// <summary>Tries to parse the canonical form: <c>0x</c> followed by 32 lowercase hex digits.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Salt salt) => TryParse(text.AsSpan(), out salt);

    /// <summary>Tries to parse the canonical form: <c>0x</c> followed by 32 lowercase hex digits.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Salt salt)
    {
        salt = default;
        if (!HexText.IsLowercaseHex(text, Size))
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[Size];
        Convert.FromHexString(text[2..], bytes, out _, out _);
        salt = FromBytes(bytes);
        return true;
    }

    /// <summary>Writes the 16 bytes to <paramref name="destination"/>.</summary>
    public void CopyTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, _high);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], _low);
    }

    /// <summary>Writes the canonical hex form (34 characters) to <paramref name="destination"/>.</summary>
    public void FormatTo(Span<char> destination)
    {
        Span<byte> bytes = stackalloc byte[Size];
        CopyTo(bytes);
        destination[0] = '0';
        destination[1] = 'x';
        Convert.TryToHexStringLower(bytes, destination[2..], out _);
    }

    /// <summary>Writes the canonical hex form (34 ASCII bytes) to <paramref name="destination"/>.</summary>
    public void FormatTo(Span<byte> destination)
    {
        Span<byte> bytes = stackalloc byte[Size];
        CopyTo(bytes);
        destination[0] = (byte)'0';
        destination[1] = (byte)'x';
        Convert.TryToHexStringLower(bytes, destination[2..], out _);
    }

    /// <summary>The canonical form: lowercase <c>0x</c>-prefixed hex.</summary>
    public override string ToString() => string.Create(HexLength, this, static (span, salt) => salt.FormatTo(span));

    /// <inheritdoc/>
    public bool Equals(Salt other) => _high == other._high && _low == other._low;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Salt other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_high, _low);

    /// <summary>Equality.</summary>
    public static bool operator ==(Salt left, Salt right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Salt left, Salt right) => !left.Equals(right);
}
