using CredChain.Core.Problems;
using CredChain.Hosting.Problems;
using CredChain.Verifier.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CredChain.Verifier.Qr;

/// <summary>Server-side QR codes for a credential's public verification page <c>/v/{credentialId}</c>.</summary>
internal static class QrApi
{
    public static IEndpointRouteBuilder MapQrApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/credentials/{credentialId:guid}/qr", Get).WithTags("QR codes").RequireRateLimiting(RateLimitPolicies.Qr)
            .WithSummary("QR code of a credential's verification page")
            .WithDescription("format=png (default) or svg. Encodes {PublicBaseUrl}/v/{credentialId}; error correction M, 4-module quiet zone.");
        return app;
    }

    /// <summary>The public page a printed certificate's QR code opens.</summary>
    public static string VerificationPageUrl(PortalOptions options, Guid credentialId) =>
        $"{options.PublicBaseUrl.TrimEnd('/')}/v/{credentialId:D}";

    internal static Results<FileContentHttpResult, ProblemHttpResult> Get(
        Guid credentialId, string? format, HttpContext http, QrImageRenderer renderer, IOptions<PortalOptions> options)
    {
        var url = VerificationPageUrl(options.Value, credentialId);
        http.Response.Headers.CacheControl = "public, max-age=86400";
        return format switch
        {
            null or "" or "png" => TypedResults.File(renderer.Png(url), "image/png"),
            "svg" => TypedResults.File(System.Text.Encoding.UTF8.GetBytes(renderer.Svg(url)), "image/svg+xml"),
            _ => ProblemResults.Create(ProblemCatalogue.RequestBad, "Unknown format", "format must be png or svg."),
        };
    }
}
