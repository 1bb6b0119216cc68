using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using CredChain.Core.Documents;

namespace CredChain.Core.OpenAttestation;

/// <summary>Recognises and reads OpenAttestation v2 documents, the second format a CredChain verifier accepts.</summary>
public static class OpenAttestationFormat
{
    /// <summary>The <c>version</c> a wrapped v2 document states.</summary>
    public const string SchemaV2 = "https://schema.openattestation.com/2.0/schema.json";

    /// <summary>The name verdicts give the format.</summary>
    public const string Name = "openattestation-v2";

    /// <summary>
    /// Whether the top level of <paramref name="utf8Json"/> looks like an OpenAttestation v2 document: <c>version</c> is
    /// the v2 schema, or it has <c>data</c> and a <c>signature</c> but no <c>credentialSubject</c>. A cheap scan of the
    /// top-level member names; malformed JSON answers <see langword="false"/> (the native reader reports it).
    /// </summary>
    internal static bool IsOpenAttestation(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = CredentialLimits.MaxDepth + 2 });
        bool data = false, signature = false, subject = false;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("version"u8) && reader.Read())
                {
                    if (reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(SchemaV2))
                    {
                        return true;
                    }

                    reader.Skip();
                    continue;
                }

                data |= reader.ValueTextEquals("data"u8);
                signature |= reader.ValueTextEquals("signature"u8);
                subject |= reader.ValueTextEquals("credentialSubject"u8);
                reader.Read();
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            return false;
        }

        return data && signature && !subject;
    }

    /// <summary>Reads a wrapped v2 document; <see langword="false"/> with the reason when it is malformed.</summary>
    public static bool TryParse(
        ReadOnlySpan<byte> utf8Json,
        [NotNullWhen(true)] out OpenAttestationDocument? document,
        [NotNullWhen(false)] out CredentialFormatException? error)
    {
        try
        {
            document = OpenAttestationReader.Read(utf8Json);
            error = null;
            return true;
        }
        catch (CredentialFormatException exception)
        {
            document = null;
            error = exception;
            return false;
        }
        catch (InvalidOperationException exception)
        {
            document = null;
            error = OpenAttestationReader.Error(CredentialFormatError.NotCanonicalizable, null, "A string cannot be read as UTF-16: " + exception.Message, exception);
            return false;
        }
    }
}
