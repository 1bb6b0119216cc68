using System.Buffers.Binary;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Issuing;

namespace CredChain.Issuer.Storage;

/// <summary>
/// What the stored documents of a batch have in common, kept once: an issued document's bytes with its per-credential
/// parts cut out (the id's UUID text, the subject, every salt's hex and the targetHash's hex), as literal segments in
/// order. A compact row holds only the subject and the salts' 16 bytes each (<see cref="CompactDocument"/>); the id and
/// targetHash come from the credential's own columns, so the document reassembled is byte for byte the one issued.
/// </summary>
internal sealed class DocumentTemplate
{
    private const byte FormatVersion = 1;

    // Holes: the id, the subject, the salts, the targetHash.
    private const int FixedHoles = 3;

    private readonly byte[] _literals;

    // End of each literal segment in _literals; one more segment than holes.
    private readonly int[] _ends;

    private DocumentTemplate(byte[] literals, int[] ends)
    {
        _literals = literals;
        _ends = ends;
    }

    /// <summary>Number of salts in documents of this template.</summary>
    public int SaltCount => _ends.Length - 1 - FixedHoles;

    /// <summary>The template of an issued document (its layout's holes in increasing order, checked by <see cref="CompactDocument"/>).</summary>
    public static DocumentTemplate Of(ReadOnlySpan<byte> document, IssuedLayout layout)
    {
        var holes = layout.ValueStarts.Count + 2;
        var ends = new int[holes + 1];
        var literals = new byte[document.Length - HolesLength(layout)];
        var from = 0;
        var written = 0;
        for (var k = 0; k <= holes; k++)
        {
            var (start, length) = k < holes ? Hole(layout, k) : (document.Length, 0);
            document[from..start].CopyTo(literals.AsSpan(written));
            written += start - from;
            ends[k] = written;
            from = start + length;
        }

        return new DocumentTemplate(literals, ends);
    }

    /// <summary>Whether <paramref name="document"/>, cut along <paramref name="layout"/>, has exactly this template's segments.</summary>
    public bool Matches(ReadOnlySpan<byte> document, IssuedLayout layout)
    {
        if (layout.SaltCount != SaltCount)
        {
            return false;
        }

        var from = 0;
        for (var k = 0; k < _ends.Length; k++)
        {
            var (start, length) = k < _ends.Length - 1 ? Hole(layout, k) : (document.Length, 0);
            if (!document[from..start].SequenceEqual(Segment(k)))
            {
                return false;
            }

            from = start + length;
        }

        return true;
    }

    /// <summary>Whether both templates have the same segments.</summary>
    public bool SameAs(DocumentTemplate other) =>
        _ends.AsSpan().SequenceEqual(other._ends) && _literals.AsSpan().SequenceEqual(other._literals);

    /// <summary>Length of the document reassembled from a compact row of <paramref name="payloadLength"/> bytes.</summary>
    public int DocumentLength(int payloadLength) =>
        _literals.Length + IssuedLayout.IdLength + payloadLength - (SaltCount * Salt.Size) + (SaltCount * Salt.HexLength) + Hash32.HexLength;

    /// <summary>Reassembles the document of a compact row (subject, then the salts' bytes) into <paramref name="destination"/>.</summary>
    public void Expand(Guid id, ReadOnlySpan<byte> targetHash, ReadOnlySpan<byte> payload, Span<byte> destination)
    {
        var subjectLength = payload.Length - (SaltCount * Salt.Size);
        if (subjectLength < 2 || targetHash.Length != Hash32.Size)
        {
            throw new InvalidOperationException($"Credential {id}: its stored row does not fit its document template.");
        }

        var at = Put(destination, 0, Segment(0));
        id.TryFormat(destination[at..], out _, "D");
        at = Put(destination, at + IssuedLayout.IdLength, Segment(1));
        at = Put(destination, at, payload[..subjectLength]);
        at = Put(destination, at, Segment(2));
        for (var i = 0; i < SaltCount; i++)
        {
            Salt.FromBytes(payload.Slice(subjectLength + (i * Salt.Size), Salt.Size)).FormatTo(destination[at..]);
            at = Put(destination, at + Salt.HexLength, Segment(3 + i));
        }

        Hash32.FromBytes(targetHash).FormatUtf8(destination[at..]);
        Put(destination, at + Hash32.HexLength, Segment(_ends.Length - 1));
    }

    /// <summary>The stored form: a version byte, the number of segments, each segment's end, then the segments.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[1 + (4 * (_ends.Length + 1)) + _literals.Length];
        bytes[0] = FormatVersion;
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(1), _ends.Length);
        for (var k = 0; k < _ends.Length; k++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(5 + (4 * k)), _ends[k]);
        }

        _literals.CopyTo(bytes.AsSpan(5 + (4 * _ends.Length)));
        return bytes;
    }

    /// <summary>Reads the stored form (see <see cref="ToBytes"/>).</summary>
    /// <exception cref="InvalidOperationException">The bytes are not a template of this format.</exception>
    public static DocumentTemplate FromBytes(ReadOnlySpan<byte> bytes)
    {
        var count = bytes.Length >= 5 && bytes[0] == FormatVersion ? BinaryPrimitives.ReadInt32LittleEndian(bytes[1..]) : -1;
        if (count <= FixedHoles || bytes.Length < 5 + (4L * count))
        {
            throw new InvalidOperationException("A stored document template is not in a format this version reads.");
        }

        var ends = new int[count];
        var literals = bytes[(5 + (4 * count))..].ToArray();
        for (var k = 0; k < count; k++)
        {
            ends[k] = BinaryPrimitives.ReadInt32LittleEndian(bytes[(5 + (4 * k))..]);
            if (ends[k] < (k == 0 ? 0 : ends[k - 1]) || ends[k] > literals.Length)
            {
                throw new InvalidOperationException("A stored document template's segments are out of order.");
            }
        }

        return ends[^1] == literals.Length
            ? new DocumentTemplate(literals, ends)
            : throw new InvalidOperationException("A stored document template's segments do not fill it.");
    }

    /// <summary>The <paramref name="k"/>-th cut of a layout: the id, the subject, each salt, the targetHash.</summary>
    internal static (int Start, int Length) Hole(IssuedLayout layout, int k) => k switch
    {
        0 => (layout.IdStart, IssuedLayout.IdLength),
        1 => (layout.SubjectStart, layout.SubjectEnd - layout.SubjectStart),
        _ when k - 2 < layout.SaltCount => (layout.ValueStarts[k - 2], Salt.HexLength),
        _ => (layout.ValueStarts[k - 2], Hash32.HexLength),
    };

    private static int HolesLength(IssuedLayout layout) =>
        IssuedLayout.IdLength + (layout.SubjectEnd - layout.SubjectStart) + (layout.SaltCount * Salt.HexLength) + Hash32.HexLength;

    private ReadOnlySpan<byte> Segment(int k) => _literals.AsSpan((k == 0 ? 0 : _ends[k - 1])..(_ends[k]));

    private static int Put(Span<byte> destination, int at, ReadOnlySpan<byte> part)
    {
        part.CopyTo(destination[at..]);
        return at + part.Length;
    }
}
