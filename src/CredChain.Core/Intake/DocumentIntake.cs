using System.Text.Json;
using CredChain.Core.Documents;
using CredChain.Core.OpenAttestation;

namespace CredChain.Core.Intake;

/// <summary>
/// The one place that decides whether an input gets a verdict or is refused as not a document at all (the portal's
/// 400, the CLI's "malformed"): the portal and <c>credchain verify</c> both ask it, so they agree on every input.
/// Refused: invalid UTF-8 or JSON, nesting or texts beyond <see cref="CredentialLimits"/>, a JSON value that is not an
/// object with at least one credential member, and — once a verifier has read it — a repeated member name or a root
/// that is not an object. Everything credential-shaped gets a verdict, however broken (malformed, tampered, ...).
/// </summary>
public static class DocumentIntake
{
    private static readonly string[] CredentialMembers = ["@context", "type", "credentialSubject", "proof"];

    /// <summary>The input without a UTF-8 byte order mark (how some editors save UTF-8: the file's encoding, not the document).</summary>
    public static ReadOnlyMemory<byte> WithoutByteOrderMark(ReadOnlyMemory<byte> input) =>
        input.Span.StartsWith(CredentialDocumentReader.Utf8Bom) ? input[CredentialDocumentReader.Utf8Bom.Length..] : input;

    /// <summary>Which verifier reads <paramref name="document"/> (see <see cref="OpenAttestationFormat.IsOpenAttestation"/>).</summary>
    public static DocumentFormat FormatOf(ReadOnlySpan<byte> document) =>
        OpenAttestationFormat.IsOpenAttestation(document) ? DocumentFormat.OpenAttestation : DocumentFormat.CredChain;

    /// <summary>
    /// The cheap first pass, before a verifier sees the input: null when it may go on, else why it is refused.
    /// An OpenAttestation document need not have a credential's members.
    /// </summary>
    public static MalformedInput? Screen(ReadOnlySpan<byte> document, DocumentFormat format)
    {
        if (!System.Text.Unicode.Utf8.IsValid(document))
        {
            return new(MalformedReason.InvalidJson, "The body is not valid UTF-8.");
        }

        var reader = new Utf8JsonReader(document, new JsonReaderOptions { MaxDepth = CredentialLimits.MaxDepth + 2, CommentHandling = JsonCommentHandling.Disallow });
        var credentialMembers = 0;
        try
        {
            if (!reader.Read())
            {
                return new(MalformedReason.InvalidJson, "The body is empty.");
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return NotACredential();
            }

            while (reader.Read())
            {
                if (Limit(ref reader) is { } exceeded)
                {
                    return exceeded;
                }

                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
                {
                    credentialMembers += CountCredentialMember(ref reader);
                }
            }
        }
        catch (JsonException ex)
        {
            return new(MalformedReason.InvalidJson, $"Malformed JSON near line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}.");
        }

        return credentialMembers == 0 && format != DocumentFormat.OpenAttestation ? NotACredential() : null;
    }

    /// <summary>
    /// After a verifier has read the input: null when its format error (if any) belongs in a verdict, else why the
    /// input is refused instead.
    /// </summary>
    public static MalformedInput? Screen(CredentialFormatError? error) =>
        error switch
        {
            CredentialFormatError.InvalidJson => new(MalformedReason.InvalidJson, "The body is not valid JSON."),
            CredentialFormatError.RootNotObject => new(MalformedReason.NotACredential, "The body must be a JSON object."),
            CredentialFormatError.DuplicateKey => new(MalformedReason.DuplicateKey, "A JSON object repeats a member name; a credential never does."),
            CredentialFormatError.TooDeep => new(MalformedReason.TooDeep, "The document is nested too deeply to be a credential."),
            CredentialFormatError.TooLarge => new(MalformedReason.TooLarge, "The document is too large to be a credential."),
            CredentialFormatError.StringTooLong => new(MalformedReason.StringTooLong, $"No string or name in a credential is longer than {CredentialLimits.MaxStringBytes} bytes of UTF-8."),
            _ => null,
        };

    private static MalformedInput? Limit(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= CredentialLimits.MaxDepth)
        {
            return new(MalformedReason.TooDeep, $"A credential is nested at most {CredentialLimits.MaxDepth} levels deep.");
        }

        return reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName or JsonTokenType.Number && TooLong(ref reader)
            ? new(MalformedReason.StringTooLong, $"No string, name or number in a credential is longer than {CredentialLimits.MaxStringBytes} bytes of UTF-8.")
            : null;
    }

    private static int CountCredentialMember(ref Utf8JsonReader reader)
    {
        var count = 0;
        foreach (var member in CredentialMembers)
        {
            count += reader.ValueTextEquals(member) ? 1 : 0;
        }

        return count;
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

    private static MalformedInput NotACredential() =>
        new(MalformedReason.NotACredential, "The body must be a JSON object with the members of a W3C verifiable credential.");
}
