using System.Runtime.InteropServices;
using System.Text.Json;
using CredChain.Core.Canonicalization;
using CredChain.Core.Documents;
using CredChain.Core.Leaves;

namespace CredChain.Core.Issuing;

/// <summary>
/// <see cref="DraftWriter"/>'s member names, strings and numbers: each written in the form the factory issues, refused
/// with the field's pointer when it cannot be, and handed to the leaf recorder when it is plain.
/// </summary>
internal static class DraftScalars
{
    /// <summary>
    /// Writes a member's name and pushes it on <paramref name="tokens"/> (the caller pops it). True when it was written
    /// from its raw text <paramref name="raw"/> (no escape).
    /// </summary>
    public static bool WritePropertyName(Utf8JsonWriter writer, JsonProperty member, List<DraftStep> tokens, out ReadOnlySpan<byte> raw)
    {
        raw = JsonMarshal.GetRawUtf8PropertyName(member);
        tokens.Add(new DraftStep(member, -1));
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
            throw DraftStep.Error(CredentialFormatError.NotCanonicalizable, tokens, "A member name holds a lone UTF-16 surrogate escape, which is not text.", exception);
        }

        return false;
    }

    /// <summary>
    /// Writes a string value. Returns its raw token (quotes included) when it was written from it (no escape): that is
    /// also its canonical form, since JSON forbids raw quotes and controls in strings; else empty.
    /// </summary>
    public static ReadOnlySpan<byte> WriteString(Utf8JsonWriter writer, JsonElement element, List<DraftStep> tokens)
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
            throw DraftStep.Error(CredentialFormatError.NotCanonicalizable, tokens, "The string holds a lone UTF-16 surrogate escape, which is not text.", exception);
        }
        catch (ArgumentException exception)
        {
            throw DraftStep.Error(CredentialFormatError.NotCanonicalizable, tokens, "The string holds a lone UTF-16 surrogate escape, which is not text.", exception);
        }

        return [];
    }

    /// <summary>Writes a number in its canonical form, and records it as a leaf with <paramref name="recorder"/> when given.</summary>
    public static void WriteNumber(Utf8JsonWriter writer, ReadOnlySpan<byte> raw, List<DraftStep> tokens, SubjectLeafRecorder? recorder, string pointer, int mark)
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
                throw DraftStep.Error(
                    CredentialFormatError.InexactNumber,
                    tokens,
                    $"The number {System.Text.Encoding.UTF8.GetString(raw)} cannot be kept exactly (JSON numbers are IEEE 754 doubles; it would read {System.Text.Encoding.UTF8.GetString(canonical[..length])}). Send it as a string.");
            }
        }
        catch (CanonicalJsonException exception)
        {
            throw DraftStep.Error(CredentialFormatError.NotCanonicalizable, tokens, "The number is outside the range of IEEE 754 doubles.", exception);
        }

        writer.WriteRawValue(canonical[..length], skipInputValidation: true);
        recorder?.Scalar(pointer, mark, canonical[..length]);
    }

    private static string Name(JsonProperty member, List<DraftStep> tokens)
    {
        try
        {
            return member.Name;
        }
        catch (InvalidOperationException exception)
        {
            throw DraftStep.Error(CredentialFormatError.NotCanonicalizable, tokens, "A member name holds a lone UTF-16 surrogate escape, which is not text.", exception);
        }
    }

    private static void CheckLength(int utf8Bytes, List<DraftStep> tokens)
    {
        if (utf8Bytes > CredentialLimits.MaxStringBytes)
        {
            throw DraftStep.Error(CredentialFormatError.StringTooLong, tokens, $"The text is {utf8Bytes} bytes; a value or name in a credential is at most {CredentialLimits.MaxStringBytes} bytes of UTF-8.");
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
}
