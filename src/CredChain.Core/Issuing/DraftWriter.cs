using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using CredChain.Core.Canonicalization;
using CredChain.Core.Documents;
using CredChain.Core.Leaves;

namespace CredChain.Core.Issuing;

/// <summary>
/// Writes a draft as the credential JSON the factory issues: the envelope members in canonical (RFC 8785) order —
/// <c>@context</c>, <c>id</c>, <c>issuer</c>, <c>type</c>, <c>validFrom</c>, <c>validUntil</c> — then
/// <c>credentialSubject</c>, with every number in its canonical form. What the factory cannot issue is refused here,
/// naming the field: an empty object or array, a number that would not be kept exactly, a string or name longer than
/// <see cref="CredentialLimits.MaxStringBytes"/>, nesting deeper than <see cref="CredentialLimits.MaxDepth"/>.
/// </summary>
internal static class DraftWriter
{
    /// <summary>Depth of <c>credentialSubject</c>'s own object in the document (the root object is 1).</summary>
    private const int SubjectDepth = 2;

    /// <summary>Length of the id's UUID text (<c>D</c> format, lower case).</summary>
    public const int IdLength = 36;

    /// <summary>The calling thread's buffers, one per credential of a group issued together (see <see cref="CredentialFactory.MaxGroup"/>).</summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>?[]? t_buffers;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <param name="draft">The draft.</param>
    /// <param name="id">The credential's UUIDv7.</param>
    /// <param name="arrayLengths">Receives the length of every array of the subject, in the order they open.</param>
    /// <param name="transientSlot">
    /// Write into the calling thread's buffer of that number (valid until its next transient write there) instead of a
    /// new one; null for a new one.
    /// </param>
    /// <param name="recorder">Records the subject's leaves as it is written, when given (see <see cref="SubjectLeafRecorder"/>).</param>
    public static WrittenDraft Write(CredentialDraft draft, Guid id, List<int> arrayLengths, int? transientSlot = null, SubjectLeafRecorder? recorder = null)
    {
        if (draft.Subject.ValueKind != JsonValueKind.Object)
        {
            throw new CredentialFormatException(CredentialFormatError.WrongType, "/credentialSubject", "The credential subject must be a JSON object.");
        }

        var transient = transientSlot is not null;
        var buffer = transientSlot is { } slot
            ? ((t_buffers ??= new ArrayBufferWriter<byte>?[CredentialFactory.MaxGroup])[slot] ??= new ArrayBufferWriter<byte>(1024))
            : new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var writer = transient ? ThreadWriter(buffer) : NewWriter(buffer);
        try
        {
            var idStart = EnvelopeWriter.Write(writer, buffer, draft, id);
            writer.Flush();
            var subjectMemberStart = buffer.WrittenCount;
            writer.WritePropertyName("credentialSubject");
            writer.Flush();
            var subjectStart = buffer.WrittenCount;
            var pointer = string.Empty;
            var mark = 0;
            if (recorder is not null)
            {
                recorder.Start();
                mark = recorder.EnterRoot(out pointer);
            }

            WriteValue(writer, draft.Subject, [], SubjectDepth, arrayLengths, recorder, pointer, mark);
            writer.Flush();
            var subjectEnd = buffer.WrittenCount;
            writer.WriteEndObject();
            writer.Flush();
            return new WrittenDraft(buffer, idStart, subjectMemberStart, subjectStart, subjectEnd);
        }
        finally
        {
            if (!transient)
            {
                writer.Dispose();
            }
        }
    }

    // The document writer's options: the credential bytes are then already in their final form (no escaped CJK to
    // unescape while validating, hashing and writing the document).
    private static Utf8JsonWriter NewWriter(ArrayBufferWriter<byte> buffer) => new(buffer, CredentialDocumentWriter.Options(indented: false));

    private static Utf8JsonWriter ThreadWriter(ArrayBufferWriter<byte> buffer)
    {
        if (t_writer is { } writer)
        {
            writer.Reset(buffer);
            return writer;
        }

        return t_writer = NewWriter(buffer);
    }

    /// <summary>Writes <paramref name="element"/>, whose pointer and mark <paramref name="recorder"/> (when given) gave when it was entered.</summary>
    private static void WriteValue(
        Utf8JsonWriter writer, JsonElement element, List<Step> tokens, int depth, List<int> arrayLengths, SubjectLeafRecorder? recorder, string pointer, int mark)
    {
        string child = string.Empty;
        var childMark = 0;
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                CheckDepth(tokens, depth);
                writer.WriteStartObject();
                recorder?.Open(pointer, mark, -1);
                var any = false;
                foreach (var member in element.EnumerateObject())
                {
                    any = true;
                    var plain = WritePropertyName(writer, member, tokens, out var raw);
                    if (recorder is not null)
                    {
                        if (plain)
                        {
                            childMark = recorder.EnterMember(raw, out child);
                        }
                        else
                        {
                            recorder.Fail();
                        }
                    }

                    WriteValue(writer, member.Value, tokens, depth + 1, arrayLengths, recorder, child, childMark);
                    tokens.RemoveAt(tokens.Count - 1);
                }

                if (!any)
                {
                    throw Error(CredentialFormatError.EmptyContainer, tokens, "Empty objects carry no leaf and cannot be issued; omit them.");
                }

                writer.WriteEndObject();
                recorder?.Close();
                break;
            case JsonValueKind.Array:
                CheckDepth(tokens, depth);
                writer.WriteStartArray();
                var length = element.GetArrayLength();
                arrayLengths.Add(length);
                recorder?.Open(pointer, mark, length);
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    tokens.Add(new Step(null, index));
                    if (recorder is not null)
                    {
                        childMark = recorder.EnterElement(out child);
                    }

                    WriteValue(writer, item, tokens, depth + 1, arrayLengths, recorder, child, childMark);
                    tokens.RemoveAt(tokens.Count - 1);
                    index++;
                }

                if (index == 0)
                {
                    throw Error(CredentialFormatError.EmptyContainer, tokens, "Empty arrays carry no leaf and cannot be issued; omit them.");
                }

                writer.WriteEndArray();
                recorder?.Close();
                break;
            case JsonValueKind.String:
                if (WriteString(writer, element, tokens) is { IsEmpty: false } canonical)
                {
                    recorder?.Scalar(pointer, mark, canonical);
                }
                else
                {
                    recorder?.Fail();
                }

                break;
            case JsonValueKind.Number:
                WriteNumber(writer, JsonMarshal.GetRawUtf8Value(element), tokens, recorder, pointer, mark);
                break;
            default:
                element.WriteTo(writer);
                recorder?.Scalar(pointer, mark, JsonMarshal.GetRawUtf8Value(element));
                break;
        }
    }

    /// <summary>
    /// Writes a member's name and pushes it on <paramref name="tokens"/> (the caller pops it). True when it was written
    /// from its raw text <paramref name="raw"/> (no escape).
    /// </summary>
    private static bool WritePropertyName(Utf8JsonWriter writer, JsonProperty member, List<Step> tokens, out ReadOnlySpan<byte> raw)
    {
        raw = JsonMarshal.GetRawUtf8PropertyName(member);
        tokens.Add(new Step(member, -1));
        if (raw.Length <= CredentialLimits.MaxStringBytes && raw.IndexOf((byte)'\\') < 0)
        {
            // Unescaped and short enough: the raw bytes are the name (its string is made only for an error's path).
            writer.WritePropertyName(raw);
            return true;
        }

        var name = Name(member, tokens);
        CheckLength(Utf8Length(name), tokens);
        try
        {
            writer.WritePropertyName(name);
        }
        catch (ArgumentException exception)
        {
            throw Error(CredentialFormatError.NotCanonicalizable, tokens, "A member name holds a lone UTF-16 surrogate escape, which is not text.", exception);
        }

        return false;
    }

    /// <summary>
    /// Writes a string value. Returns its raw token (quotes included) when it was written from it (no escape): that is
    /// also its canonical form, since JSON forbids raw quotes and controls in strings; else empty.
    /// </summary>
    private static ReadOnlySpan<byte> WriteString(Utf8JsonWriter writer, JsonElement element, List<Step> tokens)
    {
        var raw = JsonMarshal.GetRawUtf8Value(element);
        if (raw.Length - 2 <= CredentialLimits.MaxStringBytes && raw.IndexOf((byte)'\\') < 0)
        {
            // Unescaped and short enough: the raw bytes are the text.
            writer.WriteStringValue(raw[1..^1]);
            return raw;
        }

        string text;
        try
        {
            text = element.GetString()!;
            CheckLength(Utf8Length(text), tokens);
            writer.WriteStringValue(text);
        }
        catch (InvalidOperationException exception)
        {
            // System.Text.Json parses an escaped lone surrogate ("\ud800") but cannot write it out as text.
            throw Error(CredentialFormatError.NotCanonicalizable, tokens, "The string holds a lone UTF-16 surrogate escape, which is not text.", exception);
        }
        catch (ArgumentException exception)
        {
            throw Error(CredentialFormatError.NotCanonicalizable, tokens, "The string holds a lone UTF-16 surrogate escape, which is not text.", exception);
        }

        return [];
    }

    /// <summary>Writes a number in its canonical form, and records it as a leaf with <paramref name="recorder"/> when given.</summary>
    private static void WriteNumber(Utf8JsonWriter writer, ReadOnlySpan<byte> raw, List<Step> tokens, SubjectLeafRecorder? recorder, string pointer, int mark)
    {
        if (JcsNumber.IsRawCanonicalInteger(raw))
        {
            writer.WriteRawValue(raw, skipInputValidation: true);
            recorder?.Scalar(pointer, mark, raw);
            return;
        }

        Span<byte> canonical = stackalloc byte[JcsNumber.MaxLength];
        int length;
        try
        {
            length = JcsNumber.FormatFromToken(raw, canonical, out var wasCanonical);
            if (!wasCanonical && !JcsNumber.IsExact(raw))
            {
                throw Error(
                    CredentialFormatError.InexactNumber,
                    tokens,
                    $"The number {System.Text.Encoding.UTF8.GetString(raw)} cannot be kept exactly (JSON numbers are IEEE 754 doubles; it would read {System.Text.Encoding.UTF8.GetString(canonical[..length])}). Send it as a string.");
            }
        }
        catch (CanonicalJsonException exception)
        {
            throw Error(CredentialFormatError.NotCanonicalizable, tokens, "The number is outside the range of IEEE 754 doubles.", exception);
        }

        writer.WriteRawValue(canonical[..length], skipInputValidation: true);
        recorder?.Scalar(pointer, mark, canonical[..length]);
    }

    private static string Name(JsonProperty member, List<Step> tokens)
    {
        try
        {
            return member.Name;
        }
        catch (InvalidOperationException exception)
        {
            throw Error(CredentialFormatError.NotCanonicalizable, tokens, "A member name holds a lone UTF-16 surrogate escape, which is not text.", exception);
        }
    }

    private static void CheckDepth(List<Step> tokens, int depth)
    {
        if (depth > CredentialLimits.MaxDepth)
        {
            throw Error(CredentialFormatError.TooDeep, tokens, $"A credential nests at most {CredentialLimits.MaxDepth} levels deep (the subject {CredentialLimits.MaxDepth - SubjectDepth} below itself).");
        }
    }

    private static void CheckLength(int utf8Bytes, List<Step> tokens)
    {
        if (utf8Bytes > CredentialLimits.MaxStringBytes)
        {
            throw Error(CredentialFormatError.StringTooLong, tokens, $"The text is {utf8Bytes} bytes; a value or name in a credential is at most {CredentialLimits.MaxStringBytes} bytes of UTF-8.");
        }
    }

    private static int Utf8Length(string text)
    {
        try
        {
            return System.Text.Encoding.UTF8.GetByteCount(text);
        }
        catch (ArgumentException)
        {
            return text.Length * 3;
        }
    }

    private static CredentialFormatException Error(CredentialFormatError error, List<Step> tokens, string message, Exception? inner = null) =>
        new(error, "/credentialSubject" + JsonPointer.Create([.. tokens.Select(static t => t.Token)]), message, inner);

    /// <summary>One step of the path to the value being written: a member, or an array index; named only for an error.</summary>
    private readonly record struct Step(JsonProperty? Member, int Index)
    {
        public string Token
        {
            get
            {
                if (Member is not { } member)
                {
                    return Index.ToString(CultureInfo.InvariantCulture);
                }

                try
                {
                    return member.Name;
                }
                catch (InvalidOperationException)
                {
                    return "\uFFFD";
                }
            }
        }
    }
}
