using CredChain.Core.Intake;
using CredChain.Core.OpenAttestation;
using CredChain.Verifier.Verification;

namespace CredChain.Verifier.OpenAttestation;

/// <summary>OpenAttestation v2 documents for the portal's verification: Core's verifier, then the portal's response.</summary>
internal sealed class OpenAttestationFormatVerifier(OpenAttestationVerifier verifier, OpenAttestationVerdictMapper mapper) : IDocumentFormatVerifier
{
    public DocumentFormat Format => DocumentFormat.OpenAttestation;

    public async Task<FormatVerification> VerifyAsync(ReadOnlyMemory<byte> document, CancellationToken cancellationToken)
    {
        var verdict = await verifier.VerifyAsync(document, cancellationToken).ConfigureAwait(false);
        return new FormatVerification(mapper.Map(verdict), verdict.FormatError?.Error);
    }
}
