using CredChain.Verifier.Shares;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CredChain.Verifier.Pages;

internal sealed class ShareModel(IOptions<ShareOptions> options) : PageModel
{
    public static readonly int[] ExpiryChoices = [1, 7, 30, 90, 180];

    public int DefaultExpiryDays => options.Value.DefaultExpiryDays;
}
