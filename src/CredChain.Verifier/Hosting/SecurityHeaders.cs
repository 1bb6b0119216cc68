namespace CredChain.Verifier.Hosting;

/// <summary>Adds the security headers every response of a public portal needs.</summary>
/// <remarks>
/// The CSP allows no inline script or style: every script and stylesheet is a file under wwwroot.
/// <c>img-src data: blob:</c> is for the QR code the browser draws for a secret-bearing link.
/// </remarks>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public const string ScanPath = "/scan";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpContext)state).Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                // Only the scan page may ask for the camera (to read a certificate's QR code in the browser).
                headers["Permissions-Policy"] = ((HttpContext)state).Request.Path.Equals(ScanPath, StringComparison.OrdinalIgnoreCase)
                    ? "camera=(self), microphone=(), geolocation=()"
                    : "camera=(), microphone=(), geolocation=()";
                return Task.CompletedTask;
            }, context);
            return next(context);
        });
}
