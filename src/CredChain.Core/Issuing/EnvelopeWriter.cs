using System.Buffers;
using System.Text.Json;
using CredChain.Core.Documents;

namespace CredChain.Core.Issuing;

/// <summary>
/// Writes the opening of a draft's credential: its envelope members in canonical (RFC 8785) order — <c>@context</c>,
/// <c>id</c>, <c>issuer</c>, <c>type</c>, <c>validFrom</c>, <c>validUntil</c> (see <see cref="DraftWriter"/>).
/// </summary>
internal static class EnvelopeWriter
{
    private const string UrnPrefix = "urn:uuid:";

    /// <summary>Writes the opening of the credential and its envelope members; returns where the id's UUID text starts.</summary>
    public static int Write(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, CredentialDraft draft, Guid id)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("@context");
        writer.WriteStringValue(Credential.BaseContext);
        foreach (var context in draft.AdditionalContexts)
        {
            writer.WriteStringValue(context);
        }

        writer.WriteEndArray();
        Span<char> idText = stackalloc char[UrnPrefix.Length + DraftWriter.IdLength];
        UrnPrefix.CopyTo(idText);
        id.TryFormat(idText[UrnPrefix.Length..], out _, "D");
        writer.WriteString("id", idText);
        writer.Flush();
        var idStart = buffer.WrittenCount - 1 - DraftWriter.IdLength;
        writer.WriteStartObject("issuer");
        writer.WriteString("id", draft.Issuer.Id);
        writer.WriteString("name", draft.Issuer.Name);
        writer.WriteEndObject();
        writer.WriteStartArray("type");
        writer.WriteStringValue(Credential.BaseType);
        foreach (var type in draft.Types.Distinct(StringComparer.Ordinal))
        {
            if (!string.Equals(type, Credential.BaseType, StringComparison.Ordinal))
            {
                writer.WriteStringValue(type);
            }
        }

        writer.WriteEndArray();
        writer.WriteString("validFrom", RfcDate.Format(draft.ValidFrom));
        if (draft.ValidUntil is { } validUntil)
        {
            writer.WriteString("validUntil", RfcDate.Format(validUntil));
        }

        return idStart;
    }
}
