using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CredChain.Verifier.Pages;

internal sealed class IndexModel : PageModel
{
}
