using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace CredChain.Core.Documents;

/// <summary>What the document readers share: typed member access that fails with a path, and allocation-free short strings.</summary>
internal static class JsonMembers
{
    /// <summary>The member <paramref name="name"/> of <paramref name="parent"/> (at <paramref name="at"/>), of the given kind.</summary>
    public static JsonElement Required(JsonElement parent, string name, JsonValueKind kind, string at)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            throw Error(CredentialFormatError.MissingField, Member(at, name), $"The member \"{name}\" is required.");
        }

        return value.ValueKind == kind ? value : throw WrongType(value, kind, Member(at, name));
    }

    public static JsonElement Expect(JsonElement element, JsonValueKind kind, string at) =>
        element.ValueKind == kind ? element : throw WrongType(element, kind, at);

    public static CredentialFormatException WrongType(JsonElement element, JsonValueKind kind, string at) =>
        Error(CredentialFormatError.WrongType, at, $"Expected {kind}, found {element.ValueKind}.");

    // Paths are built only for an error: a valid document allocates none.
    public static string Member(string at, string name) => at + "/" + JsonPointer.Escape(name);

    public static string Item(string at, int index) => at + "/" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A short string value without escapes (hex, dates) as characters in <paramref name="buffer"/>, without
    /// allocating; false for anything else, which callers then read with <see cref="JsonElement.GetString"/>.
    /// </summary>
    public static bool TryGetPlainText(JsonElement element, Span<char> buffer, out ReadOnlySpan<char> text)
    {
        var raw = JsonMarshal.GetRawUtf8Value(element);
        raw = raw[1..^1]; // the raw value of a string includes its quotes
        if (raw.Length > buffer.Length || raw.Contains((byte)'\\')
            || System.Text.Unicode.Utf8.ToUtf16(raw, buffer, out _, out var written) != OperationStatus.Done)
        {
            text = default;
            return false;
        }

        text = buffer[..written];
        return true;
    }

    public static CredentialFormatException Error(CredentialFormatError error, string? path, string message, Exception? inner = null) =>
        new(error, path, message, inner);
}
