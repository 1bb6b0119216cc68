using CredChain.Core.Intake;

namespace CredChain.Verifier.Verification;

/// <summary>
/// A document format other than the native one that the portal verifies (OpenAttestation v2). Each such feature
/// registers its own, so verification needs to know none of them.
/// </summary>
internal interface IDocumentFormatVerifier
{
    /// <summary>The format this verifier reads.</summary>
    DocumentFormat Format { get; }

    /// <summary>The verdict as the portal answers it, or the format error that stopped the reading (for <see cref="DocumentIntake.Screen(CredChain.Core.Documents.CredentialFormatError?)"/>).</summary>
    Task<FormatVerification> VerifyAsync(ReadOnlyMemory<byte> document, CancellationToken cancellationToken);
}
