using System.Buffers;
using System.Text.Json;

namespace CredChain.Core.Documents;

/// <summary>Copies a stored document's credential members token by token, escaped as the document writer escapes them.</summary>
internal static class CredentialMemberCopier
{
    /// <summary>Writes every top-level member but <c>proof</c>, as <see cref="JsonElement.WriteTo"/> would.</summary>
    public static void Copy(ReadOnlySpan<byte> stored, Utf8JsonWriter writer)
    {
        var reader = StreamedProofWriter.Reader(stored);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(Credential.ProofMember))
            {
                reader.Read();
                reader.Skip();
                continue;
            }

            WriteToken(ref reader, writer);
            reader.Read();
            var depth = reader.CurrentDepth;
            while (true)
            {
                WriteToken(ref reader, writer);
                if (reader.CurrentDepth == depth && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
                {
                    break;
                }

                reader.Read();
            }
        }
    }

    private static void WriteToken(ref Utf8JsonReader reader, Utf8JsonWriter writer)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                writer.WriteStartObject();
                break;
            case JsonTokenType.EndObject:
                writer.WriteEndObject();
                break;
            case JsonTokenType.StartArray:
                writer.WriteStartArray();
                break;
            case JsonTokenType.EndArray:
                writer.WriteEndArray();
                break;
            case JsonTokenType.PropertyName:
                WriteText(ref reader, writer, propertyName: true);
                break;
            case JsonTokenType.String:
                WriteText(ref reader, writer, propertyName: false);
                break;
            case JsonTokenType.Number:
                writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true);
                break;
            case JsonTokenType.True:
                writer.WriteBooleanValue(true);
                break;
            case JsonTokenType.False:
                writer.WriteBooleanValue(false);
                break;
            case JsonTokenType.Null:
                writer.WriteNullValue();
                break;
            default:
                throw new CredentialFormatException(CredentialFormatError.InvalidJson, null, $"Unexpected JSON token {reader.TokenType}.");
        }
    }

    /// <summary>Writes a name or string from its unescaped UTF-8, so the writer's encoder decides the escaping (as JsonElement.WriteTo does).</summary>
    private static void WriteText(ref Utf8JsonReader reader, Utf8JsonWriter writer, bool propertyName)
    {
        byte[]? rented = null;
        scoped ReadOnlySpan<byte> text = reader.ValueSpan;
        if (reader.ValueIsEscaped)
        {
            Span<byte> buffer = text.Length <= 256 ? stackalloc byte[256] : (rented = ArrayPool<byte>.Shared.Rent(text.Length));
            text = buffer[..reader.CopyString(buffer)];
        }

        if (propertyName)
        {
            writer.WritePropertyName(text);
        }
        else
        {
            writer.WriteStringValue(text);
        }

        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
