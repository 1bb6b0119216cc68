using System.Text.Json;
using CredChain.Core.Documents;

namespace CredChain.Core.OpenAttestation;

/// <summary>Parsing an untrusted OpenAttestation document within <see cref="CredentialLimits"/>.</summary>
internal static class OpenAttestationJson
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static JsonElement Parse(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.StartsWith(Utf8Bom))
        {
            utf8Json = utf8Json[Utf8Bom.Length..];
        }

        if (utf8Json.Length > CredentialLimits.MaxDocumentBytes)
        {
            throw OpenAttestationReader.Error(CredentialFormatError.TooLarge, null, $"The document is larger than {CredentialLimits.MaxDocumentBytes} bytes.");
        }

        if (!System.Text.Unicode.Utf8.IsValid(utf8Json))
        {
            throw OpenAttestationReader.Error(CredentialFormatError.InvalidJson, null, "The document is not valid UTF-8.");
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = CredentialLimits.MaxDepth + 1 });
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth >= CredentialLimits.MaxDepth && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    throw OpenAttestationReader.Error(CredentialFormatError.TooDeep, null, $"The document nests deeper than {CredentialLimits.MaxDepth} levels.");
                }
            }

            var parser = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = CredentialLimits.MaxDepth });
            return JsonElement.ParseValue(ref parser);
        }
        catch (JsonException exception)
        {
            throw OpenAttestationReader.Error(CredentialFormatError.InvalidJson, null, "The document is not well-formed JSON: " + exception.Message, exception);
        }
    }

    /// <summary>Refuses duplicate member names, over-long strings and names, and unpaired surrogates.</summary>
    public static void CheckValues(JsonElement element, string pointer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                HashSet<string>? names = null;
                foreach (var member in element.EnumerateObject())
                {
                    var name = Text(member.Name, pointer);
                    names ??= new HashSet<string>(StringComparer.Ordinal);
                    if (!names.Add(name))
                    {
                        throw OpenAttestationReader.Error(CredentialFormatError.DuplicateKey, pointer, $"The member \"{name}\" appears twice.");
                    }

                    CheckValues(member.Value, pointer + "/" + JsonPointer.Escape(name));
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    CheckValues(item, $"{pointer}/{index++}");
                }

                break;
            case JsonValueKind.String:
                _ = Text(element.GetString()!, pointer);
                break;
        }
    }

    private static string Text(string value, string pointer)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(value) > CredentialLimits.MaxStringBytes)
        {
            throw OpenAttestationReader.Error(CredentialFormatError.StringTooLong, pointer, $"A string or name is longer than {CredentialLimits.MaxStringBytes} bytes of UTF-8.");
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsSurrogate(value[i]) && !(char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[++i])))
            {
                throw OpenAttestationReader.Error(CredentialFormatError.NotCanonicalizable, pointer, "A string has an unpaired UTF-16 surrogate.");
            }
        }

        return value;
    }
}
