using CredChain.Core.Intake;
using CredChain.Core.Verification;

namespace CredChain.Verifier.Verification;

/// <summary>
/// Turns an untrusted body into a verdict (200) or a rejection (400); shared by the API and the result page. Core's
/// <see cref="DocumentIntake"/> decides which, as it does for <c>credchain verify</c>.
/// </summary>
internal sealed class VerificationService(CredentialVerifier verifier, VerdictMapper mapper, IEnumerable<IDocumentFormatVerifier> otherFormats)
{
    private readonly IDocumentFormatVerifier[] _otherFormats = [.. otherFormats];

    public async Task<VerificationOutcome> VerifyAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken)
    {
        var document = DocumentIntake.WithoutByteOrderMark(utf8Json);
        var format = DocumentIntake.FormatOf(document.Span);
        if (DocumentIntake.Screen(document.Span, format) is { } refused)
        {
            return Rejected(refused);
        }

        if (Array.Find(_otherFormats, v => v.Format == format) is { } other)
        {
            var verification = await other.VerifyAsync(document, cancellationToken);
            return DocumentIntake.Screen(verification.FormatError) is { } malformed ? Rejected(malformed) : new(verification.Response, null);
        }

        var verdict = await verifier.VerifyAsync(document, cancellationToken);
        return DocumentIntake.Screen(verdict.FormatError) is { } rejected ? Rejected(rejected) : new(mapper.Map(verdict), null);
    }

    private static VerificationOutcome Rejected(MalformedInput input) => new(null, DocumentRejection.From(input));
}
