using System.Text.Json;
using static CredChain.Core.Documents.JsonMembers;

namespace CredChain.Core.Documents;

/// <summary>
/// Parses and validates the native document format; every rejection is a typed <see cref="CredentialFormatException"/>.
/// The one way in for documents (<see cref="CredentialDocument.Parse"/>): limits and syntax here, then the values
/// (<see cref="ValueChecks"/>), the credential's members (<see cref="EnvelopeReader"/>) and the proof (<see cref="ProofReader"/>).
/// </summary>
internal static class CredentialDocumentReader
{
    internal static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static CredentialDocument Read(ReadOnlySpan<byte> utf8Json)
    {
        // A byte order mark is how some editors save UTF-8: a file's encoding, not part of the document.
        if (utf8Json.StartsWith(Utf8Bom))
        {
            utf8Json = utf8Json[Utf8Bom.Length..];
        }

        if (utf8Json.Length > CredentialLimits.MaxDocumentBytes)
        {
            throw Error(CredentialFormatError.TooLarge, null, $"The document is larger than {CredentialLimits.MaxDocumentBytes} bytes.");
        }

        if (!System.Text.Unicode.Utf8.IsValid(utf8Json))
        {
            throw Error(CredentialFormatError.InvalidJson, null, "The document is not valid UTF-8.");
        }

        var root = ParseRoot(utf8Json);
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Error(CredentialFormatError.RootNotObject, string.Empty, "The document root must be a JSON object.");
        }

        ValueChecks.Check(root, utf8Validated: true);
        var credential = EnvelopeReader.Read(root);
        var proof = ProofReader.Read(Required(root, Credential.ProofMember, JsonValueKind.Object, string.Empty));
        return new CredentialDocument(credential, proof);
    }

    /// <summary>Validates a credential without a proof (what the issuing factory writes).</summary>
    internal static Credential ReadCredentialOnly(ReadOnlySpan<byte> utf8Json)
    {
        var root = ParseRoot(utf8Json);
        ValueChecks.Check(root, utf8Validated: false);
        return EnvelopeReader.Read(root);
    }

    /// <summary>
    /// Builds the document tree (its own copy of the bytes) in one pass; the reader's depth limit is the document's,
    /// so a document that parses is also one that <see cref="CheckSyntaxAndDepth"/> accepts. Only a failure pays
    /// for the second pass that tells excessive nesting from a syntax error.
    /// </summary>
    private static JsonElement ParseRoot(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = CredentialLimits.MaxDepth });
        try
        {
            var root = JsonElement.ParseValue(ref reader);
            if (reader.Read())
            {
                throw new JsonException("Unexpected data after the document's root value.");
            }

            return root;
        }
        catch (JsonException exception)
        {
            CheckSyntaxAndDepth(utf8Json);
            throw Error(CredentialFormatError.InvalidJson, null, "The document is not well-formed JSON: " + exception.Message, exception);
        }
    }

    /// <summary>Rejects syntax errors and excessive nesting, telling them apart.</summary>
    private static void CheckSyntaxAndDepth(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = CredentialLimits.MaxDepth + 1 });
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth >= CredentialLimits.MaxDepth
                    && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    throw Error(CredentialFormatError.TooDeep, null, $"The document nests deeper than {CredentialLimits.MaxDepth}.");
                }
            }
        }
        catch (JsonException exception)
        {
            throw Error(CredentialFormatError.InvalidJson, null, "The document is not well-formed JSON: " + exception.Message, exception);
        }
    }
}
