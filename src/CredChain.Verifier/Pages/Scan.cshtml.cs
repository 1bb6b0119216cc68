using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CredChain.Verifier.Pages;

/// <summary>
/// Reads a printed certificate's QR code with the camera (or from a photo) in the browser (wwwroot/js/scan.js, jsQR)
/// and opens the link when it leads to this portal. The only page allowed to use the camera.
/// </summary>
internal sealed class ScanModel : PageModel
{
}
