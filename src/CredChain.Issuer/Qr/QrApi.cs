using System.Security.Claims;
using CredChain.Issuer.Auth;
using CredChain.Issuer.Credentials;
using CredChain.Issuer.Errors;
using CredChain.Issuer.Storage;
using Microsoft.Extensions.Options;

namespace CredChain.Issuer.Qr;

internal static class QrApi
{
    public static IEndpointRouteBuilder MapQrApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/credentials/{id:guid}/qr", GetQrAsync)
            .WithTags("Credentials")
            .WithName("GetCredentialQr")
            .WithSummary("QR code of the credential's verification URL")
            .WithDescription("PNG (default) or SVG, error correction M, with quiet zone. The code holds {Portal:BaseUrl}{Portal:VerifyPath}, by default https://<portal>/v/{id}.")
            .Produces(StatusCodes.Status200OK, contentType: "image/png")
            .Produces(StatusCodes.Status200OK, contentType: "image/svg+xml")
            .RequireAuthorization(IssuerPolicies.Read);
        return app;
    }

    internal static async Task<Results<FileContentHttpResult, ContentHttpResult, ProblemHttpResult>> GetQrAsync(
        Guid id, string? format, IssuerDbContext db, IOptions<PortalLinkOptions> portal, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        QrFormat? parsed = format?.ToUpperInvariant() switch
        {
            null or "PNG" => QrFormat.Png,
            "SVG" => QrFormat.Svg,
            _ => null,
        };
        if (parsed is null)
        {
            return ApiProblems.BadRequest(ProblemCodes.ValidationFailed, "Unknown QR format", "format must be png or svg.");
        }

        var (record, problem) = await CredentialAccess.FindAsync(db, id, user, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var url = portal.Value.VerificationUrl(record!.Id);
        return parsed == QrFormat.Png
            ? TypedResults.File(QrRenderer.Png(url), "image/png", $"{record.Id}.png")
            : TypedResults.Content(QrRenderer.Svg(url), "image/svg+xml");
    }
}
