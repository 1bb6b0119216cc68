using System.Buffers;
using System.Text.Json;

namespace CredChain.Core.Canonicalization;

/// <summary>
/// RFC 8785 straight from a <see cref="Utf8JsonReader"/>'s tokens, for the hot paths that never build a document tree.
/// The caller guarantees valid UTF-8 input (the readers here run over documents already checked or just written).
/// </summary>
internal static class JcsToken
{
    /// <summary>
    /// Writes the scalar under <paramref name="reader"/> in canonical form. Returns false when it is a number that was
    /// not written in its canonical form (the value is still written canonically); strings and literals return true,
    /// since escapes are only a spelling of the same text.
    /// </summary>
    /// <exception cref="CanonicalJsonException">A lone surrogate, or a number outside the range of doubles.</exception>
    public static bool WriteScalar(ref Utf8JsonReader reader, ArrayBufferWriter<byte> output)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String when !reader.ValueIsEscaped:
                // Unescaped JSON string text is already canonical: JSON forbids raw quotes and controls in strings.
                var text = output.GetSpan(reader.ValueSpan.Length + 2);
                text[0] = (byte)'"';
                reader.ValueSpan.CopyTo(text[1..]);
                text[reader.ValueSpan.Length + 1] = (byte)'"';
                output.Advance(reader.ValueSpan.Length + 2);
                return true;
            case JsonTokenType.String:
                JcsString.Write(GetString(ref reader), output);
                return true;
            case JsonTokenType.Number:
                return JcsNumber.WriteFromToken(reader.ValueSpan, output);
            case JsonTokenType.True:
                output.Write("true"u8);
                return true;
            case JsonTokenType.False:
                output.Write("false"u8);
                return true;
            case JsonTokenType.Null:
                output.Write("null"u8);
                return true;
            default:
                throw new InvalidOperationException($"Token {reader.TokenType} is not a scalar.");
        }
    }

    /// <summary>
    /// Writes the value starting at the reader's current token in canonical form when the input already lists every
    /// object's members in canonical order (ASCII names, strictly ascending) and writes every number canonically, as the
    /// issuing factory does. Returns false, with the output partly written, for anything else: the caller then takes the
    /// general path (<see cref="CanonicalJson"/> over a parsed tree), which sorts.
    /// </summary>
    public static bool TryWriteSorted(ref Utf8JsonReader reader, ArrayBufferWriter<byte> output)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                output.Write("{"u8);
                Span<byte> previous = stackalloc byte[64];
                var previousLength = -1;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.ValueSpan;
                    if (reader.ValueIsEscaped || name.Length > previous.Length || !System.Text.Ascii.IsValid(name)
                        || (previousLength >= 0 && name.SequenceCompareTo(previous[..previousLength]) <= 0))
                    {
                        return false;
                    }

                    if (previousLength >= 0)
                    {
                        output.Write(","u8);
                    }

                    name.CopyTo(previous);
                    previousLength = name.Length;
                    output.Write("\""u8);
                    output.Write(name);
                    output.Write("\":"u8);
                    if (!reader.Read() || !TryWriteSorted(ref reader, output))
                    {
                        return false;
                    }
                }

                output.Write("}"u8);
                return true;
            case JsonTokenType.StartArray:
                output.Write("["u8);
                var first = true;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (!first)
                    {
                        output.Write(","u8);
                    }

                    first = false;
                    if (!TryWriteSorted(ref reader, output))
                    {
                        return false;
                    }
                }

                output.Write("]"u8);
                return true;
            default:
                return WriteScalar(ref reader, output);
        }
    }

    private static string GetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException exception)
        {
            throw new CanonicalJsonException(CanonicalJsonError.LoneSurrogate, "A string is not valid UTF-16.", exception);
        }
    }
}
