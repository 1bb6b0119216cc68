using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CredChain.Verifier.Pages;

/// <summary>
/// Opens a share: the secret is in the URL fragment, which browsers never send, so this page is the same for every
/// share and all the work (lookup id, fetch, decryption) happens in wwwroot/js/open.js.
/// </summary>
internal sealed class OpenModel : PageModel
{
}
