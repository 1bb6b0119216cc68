using CredChain.Core.Documents;
using CredChain.Core.OpenAttestation;
using CredChain.Core.Verification;
using CredChain.Verifier.OpenAttestation;
using CredChain.Verifier.Hosting;

namespace CredChain.Verifier.Verification;

/// <summary>Turns an untrusted body into a verdict (200) or a rejection (400); shared by the API and the result page.</summary>
internal sealed class VerificationService(
    CredentialVerifier verifier,
    VerdictMapper mapper,
    OpenAttestationVerifier openAttestation,
    OpenAttestationVerdictMapper openAttestationMapper)
{
    public async Task<VerificationOutcome> VerifyAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken)
    {
        // A byte order mark is how some editors save UTF-8 (Notepad, for one): the file's encoding, not the document.
        if (utf8Json.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8Json = utf8Json[3..];
        }

        if (DocumentGuard.Check(utf8Json.Span) is { } rejection)
        {
            return new VerificationOutcome(null, rejection);
        }

        if (OpenAttestationFormat.IsOpenAttestation(utf8Json.Span))
        {
            var other = await openAttestation.VerifyAsync(utf8Json, cancellationToken);
            return Rejection(other.FormatError?.Error) ?? new VerificationOutcome(openAttestationMapper.Map(other), null);
        }

        var verdict = await verifier.VerifyAsync(utf8Json, cancellationToken);
        return Rejection(verdict.FormatError) ?? new VerificationOutcome(mapper.Map(verdict), null);
    }

    /// <summary>The 400 for errors that mean the body is not a document of either format at all; null for a verdict.</summary>
    private static VerificationOutcome? Rejection(CredentialFormatError? error) =>
        error switch
        {
            CredentialFormatError.InvalidJson => Reject(ProblemCodes.InvalidJson, "Invalid JSON", "The body is not valid JSON."),
            CredentialFormatError.RootNotObject => Reject(ProblemCodes.NotACredential, "Not a credential", "The body must be a JSON object."),
            CredentialFormatError.DuplicateKey => Reject(ProblemCodes.DuplicateKey, "Duplicate key", "A JSON object repeats a member name; a credential never does."),
            CredentialFormatError.TooDeep => Reject(ProblemCodes.TooDeep, "JSON nested too deeply", "The document is nested too deeply to be a credential."),
            CredentialFormatError.TooLarge => Reject(ProblemCodes.TooLarge, "Document too large", "The document is too large to be a credential."),
            CredentialFormatError.StringTooLong => Reject(ProblemCodes.StringTooLong, "Value too long", $"No string or name in a credential is longer than {CredentialLimits.MaxStringBytes} bytes of UTF-8."),
            _ => null,
        };

    private static VerificationOutcome Reject(string code, string title, string detail) => new(null, new DocumentRejection(code, title, detail));
}
