using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CredChain.Verifier.Pages;

/// <summary>
/// The page a printed certificate's QR code opens. The portal stores no credentials, so it asks for the file and
/// checks, when verifying, that the file is the credential the QR code named.
/// </summary>
internal sealed class CredentialModel : PageModel
{
    public Guid CredentialId { get; private set; }

    public void OnGet(Guid credentialId) => CredentialId = credentialId;
}
