using System.Text.Json;
using CredChain.Verifier.Hosting;

namespace CredChain.Verifier.Verification;

/// <summary>
/// Cheap first pass over an untrusted body before the credential parser sees it: valid JSON, bounded depth and
/// string length, and an object that at least looks like a credential. Everything else is the parser's job.
/// </summary>
internal static class DocumentGuard
{
    private static readonly string[] CredentialMembers = ["@context", "type", "credentialSubject", "proof"];

    /// <summary>Null when the body may go to the parser, else the reason it is rejected with a 400.</summary>
    public static DocumentRejection? Check(ReadOnlySpan<byte> utf8Json, PortalOptions options)
    {
        if (!System.Text.Unicode.Utf8.IsValid(utf8Json))
        {
            return new(ProblemCodes.InvalidJson, "Invalid JSON", "The body is not valid UTF-8.");
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = options.MaxJsonDepth + 2, CommentHandling = JsonCommentHandling.Disallow });
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
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= options.MaxJsonDepth)
                {
                    return new(ProblemCodes.TooDeep, "JSON nested too deeply", $"A credential is nested at most {options.MaxJsonDepth} levels deep.");
                }

                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName or JsonTokenType.Number
                    && (reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length) > options.MaxStringLength)
                {
                    return new(ProblemCodes.StringTooLong, "Value too long", $"No string, name or number in a credential is longer than {options.MaxStringLength} bytes.");
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

    private static DocumentRejection NotACredential() =>
        new(ProblemCodes.NotACredential, "Not a credential", "The body must be a JSON object with the members of a W3C verifiable credential.");
}
