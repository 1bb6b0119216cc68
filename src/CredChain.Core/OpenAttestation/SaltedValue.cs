using System.Text.Json;

namespace CredChain.Core.OpenAttestation;

/// <summary>OpenAttestation's salted form <c>"&lt;uuid v4&gt;:&lt;type&gt;:&lt;value&gt;"</c>, read back for display.</summary>
internal static class SaltedValue
{
    private const int UuidLength = 36;

    public static (string Type, string Value) Read(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => Read(element.GetString()!),
        JsonValueKind.Object => ("object", "{}"),
        JsonValueKind.Array => ("array", "[]"),
        JsonValueKind.Number => ("number", element.GetRawText()),
        JsonValueKind.True => ("boolean", "true"),
        JsonValueKind.False => ("boolean", "false"),
        _ => ("null", "null"),
    };

    /// <summary>The typed value of a salted string; an unsalted string is shown as it is.</summary>
    public static (string Type, string Value) Read(string text)
    {
        if (text.Length > UuidLength && text[UuidLength] == ':' && Guid.TryParseExact(text.AsSpan(0, UuidLength), "D", out _))
        {
            var rest = text.AsSpan(UuidLength + 1);
            var colon = rest.IndexOf(':');
            if (colon > 0)
            {
                return (rest[..colon].ToString(), rest[(colon + 1)..].ToString());
            }
        }

        return ("string", text);
    }

    /// <summary>The value of a salted string, or <see langword="null"/> when absent or not a string.</summary>
    public static string? ValueOf(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? Read(value.GetString()!).Value
            : null;
}
