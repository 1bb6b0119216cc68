using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CredChain.Verifier.Pages;

/// <summary>The page shown for error statuses outside /api (the API answers with ProblemDetails).</summary>
internal sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    public void OnGet(int status) => Status = status;
}
