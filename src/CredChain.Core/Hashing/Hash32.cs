using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;

namespace CredChain.Core.Hashing;

/// <summary>
/// A 32-byte hash (Keccak-256 output, Merkle node, transaction hash). Compared byte-wise (unsigned, big-endian),
/// which is the order used to sort leaves and Merkle pairs. Formatted as lowercase <c>0x</c>-prefixed hex.
/// </summary>
public readonly struct Hash32 : IEquatable<Hash32>, IComparable<Hash32>, ISpanFormattable
{
    /// <summary>Number of bytes in a hash.</summary>
    public const int Size = 32;

    /// <summary>Length of the <c>0x</c>-prefixed hex form.</summary>
    public const int HexLength = 2 + (2 * Size);

    // Stored as four big-endian words so equality and byte-wise ordering are four integer comparisons.
    private readonly ulong _w0;
    private readonly ulong _w1;
    private readonly ulong _w2;
    private readonly ulong _w3;

    private Hash32(ulong w0, ulong w1, ulong w2, ulong w3)
    {
        _w0 = w0;
        _w1 = w1;
        _w2 = w2;
        _w3 = w3;
    }

    /// <summary>The first eight bytes as a big-endian number: the hash's place in byte-wise order, to 64 bits.</summary>
    internal ulong Prefix => _w0;

    /// <summary>The all-zero hash.</summary>
    public static Hash32 Zero => default;

    /// <summary>Creates a hash from exactly 32 bytes.</summary>
    /// <exception cref="ArgumentException"><paramref name="bytes"/> is not 32 bytes long.</exception>
    public static Hash32 FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size)
        {
            throw new ArgumentException($"A hash is {Size} bytes; got {bytes.Length}.", nameof(bytes));
        }

        return new Hash32(
            BinaryPrimitives.ReadUInt64BigEndian(bytes),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]));
    }

    /// <summary>
    /// The hash whose bytes are the four Keccak state lanes <paramref name="lane0"/>..<paramref name="lane3"/>, each
    /// written little-endian (how a Keccak-256 digest is squeezed out of the state).
    /// </summary>
    internal static Hash32 FromKeccakLanes(ulong lane0, ulong lane1, ulong lane2, ulong lane3) => new(
        BinaryPrimitives.ReverseEndianness(lane0),
        BinaryPrimitives.ReverseEndianness(lane1),
        BinaryPrimitives.ReverseEndianness(lane2),
        BinaryPrimitives.ReverseEndianness(lane3));

    /// <summary>Parses <c>0x</c>-prefixed hex of 32 bytes (either letter case).</summary>
    /// <exception cref="FormatException">The text is not 0x followed by 64 hex digits.</exception>
    public static Hash32 Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var hash)
            ? hash
            : throw new FormatException("A hash is '0x' followed by 64 hex digits.");
    }

    /// <summary>Tries to parse <c>0x</c>-prefixed hex of 32 bytes (either letter case).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Hash32 hash) =>
        TryParse(text.AsSpan(), out hash);

    /// <summary>Tries to parse <c>0x</c>-prefixed hex of 32 bytes (either letter case).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Hash32 hash)
    {
        hash = default;
        if (text.Length != HexLength || text[0] != '0' || text[1] != 'x')
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[Size];
        if (Convert.FromHexString(text[2..], bytes, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != Size)
        {
            return false;
        }

        hash = FromBytes(bytes);
        return true;
    }

    /// <summary>Writes the 32 bytes to <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentException">The destination is shorter than 32 bytes.</exception>
    public void CopyTo(Span<byte> destination)
    {
        if (destination.Length < Size)
        {
            throw new ArgumentException($"The destination needs {Size} bytes.", nameof(destination));
        }

        BinaryPrimitives.WriteUInt64BigEndian(destination, _w0);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], _w1);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], _w2);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], _w3);
    }

    /// <summary>Returns a new 32-byte array with the hash.</summary>
    public byte[] ToByteArray()
    {
        var bytes = new byte[Size];
        CopyTo(bytes);
        return bytes;
    }

    /// <inheritdoc/>
    public bool Equals(Hash32 other) =>
        _w0 == other._w0 && _w1 == other._w1 && _w2 == other._w2 && _w3 == other._w3;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Hash32 other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_w0, _w1, _w2, _w3);

    /// <summary>Compares byte-wise as unsigned big-endian numbers (the Merkle sort order).</summary>
    public int CompareTo(Hash32 other)
    {
        if (_w0 != other._w0)
        {
            return _w0 < other._w0 ? -1 : 1;
        }

        if (_w1 != other._w1)
        {
            return _w1 < other._w1 ? -1 : 1;
        }

        if (_w2 != other._w2)
        {
            return _w2 < other._w2 ? -1 : 1;
        }

        return _w3 == other._w3 ? 0 : _w3 < other._w3 ? -1 : 1;
    }

    /// <summary>Lowercase <c>0x</c>-prefixed hex.</summary>
    public override string ToString() => string.Create(HexLength, this, static (span, hash) => hash.TryFormat(span, out _));

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes lowercase <c>0x</c>-prefixed hex (66 characters).</summary>
    public bool TryFormat(Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        if (destination.Length < HexLength)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[Size];
        CopyTo(bytes);
        destination[0] = '0';
        destination[1] = 'x';
        if (!Convert.TryToHexStringLower(bytes, destination[2..], out _))
        {
            return false;
        }

        charsWritten = HexLength;
        return true;
    }

    /// <summary>Writes lowercase <c>0x</c>-prefixed hex (66 ASCII bytes) to <paramref name="utf8Destination"/>.</summary>
    /// <exception cref="ArgumentException">The destination is shorter than 66 bytes.</exception>
    public void FormatUtf8(Span<byte> utf8Destination)
    {
        if (utf8Destination.Length < HexLength)
        {
            throw new ArgumentException($"The destination needs {HexLength} bytes.", nameof(utf8Destination));
        }

        Span<byte> bytes = stackalloc byte[Size];
        CopyTo(bytes);
        utf8Destination[0] = (byte)'0';
        utf8Destination[1] = (byte)'x';
        Convert.TryToHexStringLower(bytes, utf8Destination[2..], out _);
    }

    /// <inheritdoc/>
    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TryFormat(destination, out charsWritten);

    /// <summary>Byte-wise equality.</summary>
    public static bool operator ==(Hash32 left, Hash32 right) => left.Equals(right);

    /// <summary>Byte-wise inequality.</summary>
    public static bool operator !=(Hash32 left, Hash32 right) => !left.Equals(right);

    /// <summary>Byte-wise order.</summary>
    public static bool operator <(Hash32 left, Hash32 right) => left.CompareTo(right) < 0;

    /// <summary>Byte-wise order.</summary>
    public static bool operator >(Hash32 left, Hash32 right) => left.CompareTo(right) > 0;

    /// <summary>Byte-wise order.</summary>
    public static bool operator <=(Hash32 left, Hash32 right) => left.CompareTo(right) <= 0;

    /// <summary>Byte-wise order.</summary>
    public static bool operator >=(Hash32 left, Hash32 right) => left.CompareTo(right) >= 0;
}
