using System.Text.Json;
using CredChain.Core.Documents;
using CredChain.Verifier.Hosting;

namespace CredChain.Verifier.Verification;

/// <summary>
/// Cheap first pass over an untrusted body before the credential parser sees it: valid JSON, within Core's
/// <see cref="CredentialLimits"/> (the same limits the issuing service issues within, so every issued credential
/// passes), and an object that at least looks like a credential. Everything else is the parser's job.
/// </summary>
internal static class DocumentGuard
{
    // A native credential's members, and an OpenAttestation v2 document's (data, signature).
    private static readonly string[] CredentialMembers = ["@context", "type", "credentialSubject", "proof", "data", "signature"];

    /// <summary>Null when the body may go to the parser, else the reason it is rejected with a 400.</summary>
    public static DocumentRejection? Check(ReadOnlySpan<byte> utf8Json)
    {
        if (!System.Text.Unicode.Utf8.IsValid(utf8Json))
        {
            return new(ProblemCodes.InvalidJson, "Invalid JSON", "The body is not valid UTF-8.");
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = CredentialLimits.MaxDepth + 2, CommentHandling = JsonCommentHandling.Disallow });
        var credentialMembers = 0;
        try
        {
            if (!reader.Read())
            {
                return new(ProblemCodes.InvalidJson, "Invalid JSON", "The body is empty.");
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return NotACredential();
            }

            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= CredentialLimits.MaxDepth)
                {
                    return new(ProblemCodes.TooDeep, "JSON nested too deeply", $"A credential is nested at most {CredentialLimits.MaxDepth} levels deep.");
                }

                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName or JsonTokenType.Number && TooLong(ref reader))
                {
                    return new(ProblemCodes.StringTooLong, "Value too long", $"No string, name or number in a credential is longer than {CredentialLimits.MaxStringBytes} bytes of UTF-8.");
                }

                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
                {
                    foreach (var member in CredentialMembers)
                    {
                        credentialMembers += reader.ValueTextEquals(member) ? 1 : 0;
                    }
                }
            }
        }
        catch (JsonException ex)
        {
            return new(ProblemCodes.InvalidJson, "Invalid JSON", $"Malformed JSON near line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}.");
        }

        return credentialMembers == 0 ? NotACredential() : null;
    }

    /// <summary>Longer than the limit once unescaped (a holder's tool may have written CJK text as \uXXXX escapes).</summary>
    private static bool TooLong(ref Utf8JsonReader reader)
    {
        var raw = reader.ValueSpan.Length;
        if (raw <= CredentialLimits.MaxStringBytes)
        {
            return false;
        }

        return reader.TokenType == JsonTokenType.Number || !reader.ValueIsEscaped
            || raw > 6 * CredentialLimits.MaxStringBytes
            || System.Text.Encoding.UTF8.GetByteCount(reader.GetString()!) > CredentialLimits.MaxStringBytes;
    }

    private static DocumentRejection NotACredential() =>
        new(ProblemCodes.NotACredential, "Not a credential", "The body must be a JSON object with the members of a W3C verifiable credential.");
}
