using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace CredChain.Core.Canonicalization;

/// <summary>
/// RFC 8785 JSON Canonicalization Scheme (JCS): object members sorted by UTF-16 code units, no whitespace,
/// ECMAScript number formatting, minimal string escaping, UTF-8 output.
/// </summary>
public static class CanonicalJson
{
    /// <summary>Deepest nesting accepted (objects and arrays).</summary>
    public const int MaxDepth = 64;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = MaxDepth + 1 };

    /// <summary>Canonicalizes UTF-8 JSON text.</summary>
    /// <exception cref="CanonicalJsonException">The input is not JSON or has no canonical form.</exception>
    public static byte[] Canonicalize(ReadOnlySpan<byte> utf8Json)
    {
        using var document = ParseDocument(utf8Json);
        return Canonicalize(document.RootElement);
    }

    /// <summary>Canonicalizes a parsed JSON value.</summary>
    /// <exception cref="CanonicalJsonException">The value has no canonical form.</exception>
    public static byte[] Canonicalize(JsonElement element)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        WriteTo(element, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the canonical form of <paramref name="element"/> to <paramref name="output"/>.</summary>
    /// <exception cref="CanonicalJsonException">The value has no canonical form.</exception>
    internal static void WriteTo(JsonElement element, ArrayBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        WriteElement(element, output, 0);
    }

    /// <summary>Writes a JSON string literal (with quotes) in canonical form.</summary>
    /// <exception cref="CanonicalJsonException">The text has an unpaired surrogate.</exception>
    internal static void WriteString(ReadOnlySpan<char> value, ArrayBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        JcsString.Write(value, output);
    }

    /// <summary>Formats a number as ECMAScript's <c>Number.prototype.toString</c> does (RFC 8785 section 3.2.2.3).</summary>
    /// <exception cref="CanonicalJsonException">The number is NaN or infinite.</exception>
    internal static string FormatNumber(double value)
    {
        Span<char> chars = stackalloc char[JcsNumber.MaxLength];
        var length = JcsNumber.Format(value, chars);
        return new string(chars[..length]);
    }

    /// <summary>Writes a number in canonical form.</summary>
    /// <exception cref="CanonicalJsonException">The number is NaN or infinite.</exception>
    internal static void WriteNumber(double value, ArrayBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        JcsNumber.Write(value, output);
    }

    internal static JsonDocument ParseDocument(ReadOnlySpan<byte> utf8Json)
    {
        if (!System.Text.Unicode.Utf8.IsValid(utf8Json))
        {
            throw new CanonicalJsonException(CanonicalJsonError.InvalidJson, "The input is not valid UTF-8.");
        }

        try
        {
            // Scan first so excessive nesting is reported as such rather than as a generic syntax error.
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = MaxDepth + 1 });
            while (reader.Read())
            {
                if (reader.CurrentDepth >= MaxDepth && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    throw new CanonicalJsonException(CanonicalJsonError.TooDeep, $"JSON nesting exceeds {MaxDepth}.");
                }
            }

            return JsonDocument.Parse(utf8Json.ToArray(), DocumentOptions);
        }
        catch (JsonException exception)
        {
            throw new CanonicalJsonException(CanonicalJsonError.InvalidJson, "The input is not well-formed JSON: " + exception.Message, exception);
        }
    }

    private static void WriteElement(JsonElement element, ArrayBufferWriter<byte> output, int depth)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(element, output, depth + 1);
                break;
            case JsonValueKind.Array:
                CheckDepth(depth + 1);
                WriteByte(output, (byte)'[');
                var first = true;
                foreach (var item in element.EnumerateArray())
                {
                    if (!first)
                    {
                        WriteByte(output, (byte)',');
                    }

                    first = false;
                    WriteElement(item, output, depth + 1);
                }

                WriteByte(output, (byte)']');
                break;
            case JsonValueKind.String:
                if (!JcsString.TryWriteRaw(JsonMarshal.GetRawUtf8Value(element), output))
                {
                    JcsString.Write(GetString(element), output);
                }

                break;
            case JsonValueKind.Number:
                if (!JcsNumber.TryWriteRawInteger(JsonMarshal.GetRawUtf8Value(element), output))
                {
                    JcsNumber.Write(GetNumber(element), output);
                }

                break;
            case JsonValueKind.True:
                output.Write("true"u8);
                break;
            case JsonValueKind.False:
                output.Write("false"u8);
                break;
            case JsonValueKind.Null:
                output.Write("null"u8);
                break;
            default:
                throw new CanonicalJsonException(CanonicalJsonError.InvalidJson, "An undefined JSON value cannot be canonicalized.");
        }
    }

    private static void WriteObject(JsonElement element, ArrayBufferWriter<byte> output, int depth)
    {
        CheckDepth(depth);
        var members = new List<(string Name, JsonElement Value)>();
        foreach (var property in element.EnumerateObject())
        {
            members.Add((GetName(property), property.Value));
        }

        members.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        WriteByte(output, (byte)'{');
        for (var i = 0; i < members.Count; i++)
        {
            if (i > 0)
            {
                if (string.Equals(members[i].Name, members[i - 1].Name, StringComparison.Ordinal))
                {
                    throw new CanonicalJsonException(CanonicalJsonError.DuplicateKey, $"The member name \"{members[i].Name}\" appears twice.");
                }

                WriteByte(output, (byte)',');
            }

            JcsString.Write(members[i].Name, output);
            WriteByte(output, (byte)':');
            WriteElement(members[i].Value, output, depth);
        }

        WriteByte(output, (byte)'}');
    }

    private static string GetName(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException exception)
        {
            throw new CanonicalJsonException(CanonicalJsonError.LoneSurrogate, "A member name is not valid UTF-16.", exception);
        }
    }

    internal static string GetString(JsonElement element)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException exception)
        {
            throw new CanonicalJsonException(CanonicalJsonError.LoneSurrogate, "A string is not valid UTF-16.", exception);
        }
    }

    internal static double GetNumber(JsonElement element) =>
        element.TryGetDouble(out var value) && double.IsFinite(value)
            ? value
            : throw new CanonicalJsonException(CanonicalJsonError.NonFiniteNumber, $"The number {element.GetRawText()} is outside the range of IEEE 754 doubles.");

    private static void CheckDepth(int depth)
    {
        if (depth > MaxDepth)
        {
            throw new CanonicalJsonException(CanonicalJsonError.TooDeep, $"JSON nesting exceeds {MaxDepth}.");
        }
    }

    private static void WriteByte(ArrayBufferWriter<byte> output, byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }
}
