using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Issuing;

namespace CredChain.Issuer.Storage;

/// <summary>
/// A compact row's bytes: the subject as issued, then each salt's 16 bytes in the proof's order. Made only when every
/// cut part can be written back exactly as it stands in the issued document (lower-case hex, the credential's own id and
/// targetHash), so reassembly through <see cref="DocumentTemplate.Expand"/> gives the same bytes.
/// </summary>
internal static class CompactDocument
{
    /// <summary>The compact row of an issued document, or null when its layout cannot be stored that way.</summary>
    public static byte[]? TryCreate(IssuedCredential issued)
    {
        if (issued.Layout is not { } layout || !HolesInOrder(issued.Utf8Json.Length, layout))
        {
            return null;
        }

        var document = issued.Utf8Json.Span;
        Span<byte> text = stackalloc byte[Hash32.HexLength];
        if (!issued.Id.TryFormat(text, out var idLength, "D") || !document.Slice(layout.IdStart, idLength).SequenceEqual(text[..idLength]))
        {
            return null;
        }

        issued.TargetHash.FormatUtf8(text);
        if (!document.Slice(layout.ValueStarts[^1], Hash32.HexLength).SequenceEqual(text))
        {
            return null;
        }

        // Core wrote each salt into the document in its canonical hex (Salt.FormatTo), which Expand writes back.
        if (issued.Salts is not { } salts || salts.Count != layout.SaltCount)
        {
            return null;
        }

        var subject = document[layout.SubjectStart..layout.SubjectEnd];
        var payload = new byte[subject.Length + (layout.SaltCount * Salt.Size)];
        subject.CopyTo(payload);
        for (var i = 0; i < salts.Count; i++)
        {
            salts[i].CopyTo(payload.AsSpan(subject.Length + (i * Salt.Size), Salt.Size));
        }

        return payload;
    }

    private static bool HolesInOrder(int documentLength, IssuedLayout layout)
    {
        var end = 0;
        for (var k = 0; k < layout.ValueStarts.Count + 2; k++)
        {
            var (start, length) = DocumentTemplate.Hole(layout, k);
            if (start < end || length < 0)
            {
                return false;
            }

            end = start + length;
        }

        return end <= documentLength;
    }
}
