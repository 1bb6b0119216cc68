using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
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
        Utf8JsonWriter writer, JsonElement element, List<DraftStep> tokens, int depth, List<int> arrayLengths, SubjectLeafRecorder? recorder, string pointer, int mark)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(writer, element, tokens, depth, arrayLengths, recorder, pointer, mark);
                break;
            case JsonValueKind.Array:
                WriteArray(writer, element, tokens, depth, arrayLengths, recorder, pointer, mark);
                break;
            case JsonValueKind.String:
                if (DraftScalars.WriteString(writer, element, tokens) is { IsEmpty: false } canonical)
                {
                    recorder?.Scalar(pointer, mark, canonical);
                }
                else
                {
                    recorder?.Fail();
                }

                break;
            case JsonValueKind.Number:
                DraftScalars.WriteNumber(writer, JsonMarshal.GetRawUtf8Value(element), tokens, recorder, pointer, mark);
                break;
            default:
                element.WriteTo(writer);
                recorder?.Scalar(pointer, mark, JsonMarshal.GetRawUtf8Value(element));
                break;
        }
    }

    private static void WriteObject(
        Utf8JsonWriter writer, JsonElement element, List<DraftStep> tokens, int depth, List<int> arrayLengths, SubjectLeafRecorder? recorder, string pointer, int mark)
    {
        CheckDepth(tokens, depth);
        writer.WriteStartObject();
        recorder?.Open(pointer, mark, -1);
        var any = false;
        foreach (var member in element.EnumerateObject())
        {
            any = true;
            var plain = DraftScalars.WritePropertyName(writer, member, tokens, out var raw);
            var child = string.Empty;
            var childMark = 0;
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
            throw DraftStep.Error(CredentialFormatError.EmptyContainer, tokens, "Empty objects carry no leaf and cannot be issued; omit them.");
        }

        writer.WriteEndObject();
        recorder?.Close();
    }

    private static void WriteArray(
        Utf8JsonWriter writer, JsonElement element, List<DraftStep> tokens, int depth, List<int> arrayLengths, SubjectLeafRecorder? recorder, string pointer, int mark)
    {
        CheckDepth(tokens, depth);
        writer.WriteStartArray();
        var length = element.GetArrayLength();
        arrayLengths.Add(length);
        recorder?.Open(pointer, mark, length);
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            tokens.Add(new DraftStep(null, index));
            var child = string.Empty;
            var childMark = recorder?.EnterElement(out child) ?? 0;
            WriteValue(writer, item, tokens, depth + 1, arrayLengths, recorder, child, childMark);
            tokens.RemoveAt(tokens.Count - 1);
            index++;
        }

        if (index == 0)
        {
            throw DraftStep.Error(CredentialFormatError.EmptyContainer, tokens, "Empty arrays carry no leaf and cannot be issued; omit them.");
        }

        writer.WriteEndArray();
        recorder?.Close();
    }

    private static void CheckDepth(List<DraftStep> tokens, int depth)
    {
        if (depth > CredentialLimits.MaxDepth)
        {
            throw DraftStep.Error(CredentialFormatError.TooDeep, tokens, $"A credential nests at most {CredentialLimits.MaxDepth} levels deep (the subject {CredentialLimits.MaxDepth - SubjectDepth} below itself).");
        }
    }
}
