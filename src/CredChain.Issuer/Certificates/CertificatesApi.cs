using System.Globalization;
using System.Security.Claims;
using CredChain.Issuer.Anchoring;
using CredChain.Issuer.Auth;
using CredChain.Issuer.Credentials;
using CredChain.Issuer.Errors;
using CredChain.Issuer.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CredChain.Issuer.Certificates;

internal static class CertificatesApi
{
    /// <summary>Response header of the batch ZIP: how many certificates it holds (for progress).</summary>
    public const string CountHeader = "X-Certificate-Count";

    public static IEndpointRouteBuilder MapCertificatesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/credentials/{id:guid}/pdf", GetOneAsync)
            .WithTags("Credentials")
            .WithName("GetCertificatePdf")
            .WithSummary("The credential's printable certificate (bilingual PDF with its QR code)")
            .WithDescription("409 not_anchored until its batch is on chain. The QR holds the published copy's link (/s#CODE, the code printed beside it) when the credential was published, else the portal's /v/{id} page.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .RequireAuthorization(IssuerPolicies.Read);
        app.MapGet("/api/v1/batches/{id:guid}/pdf", GetBatchAsync)
            .WithTags("Batches")
            .WithName("GetBatchCertificates")
            .WithSummary("Every certificate of an anchored batch as one ZIP of PDFs, streamed")
            .WithDescription($"Entries {{credentialId}}.pdf in id order; the {CountHeader} header gives their number. For a registrar a last entry {DeliveryList.EntryName} (credentialId, holderName, shareCode, holderWithdrawalCode) feeds the mail merge that sends each graduate their withdrawal code with the credential file (never printed). 409 not_anchored until the batch is on chain.")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip")
            .RequireAuthorization(IssuerPolicies.Read);
        return app;
    }

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetOneAsync(
        Guid id, ClaimsPrincipal user, IssuerDbContext db, CertificateSource source, CertificateRenderer renderer, IOptions<CertificateOptions> options, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return Disabled();
        }

        var (record, problem) = await CredentialAccess.FindAsync(db, id, user, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var batch = await CredentialAccess.BatchAsync(db, record!.BatchId, cancellationToken);
        if (!AnchoredDocuments.HasAnchor(batch))
        {
            return NotAnchored("credential");
        }

        var content = await source.OneAsync(db, record, batch!, cancellationToken);
        return TypedResults.File(renderer.Render(content), "application/pdf", $"{record.Id}.pdf");
    }

    internal static async Task<Results<EmptyHttpResult, ProblemHttpResult>> GetBatchAsync(
        Guid id, HttpContext http, ClaimsPrincipal user, IssuerDbContext db, CertificateSource source, CertificateZipWriter zip, IOptions<CertificateOptions> options, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return Disabled();
        }

        var batch = await db.Batches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (batch is null)
        {
            return ApiProblems.NotFound("batch");
        }

        if (!user.ActsFor(batch.IssuerAddress))
        {
            return ApiProblems.Forbidden("The batch belongs to an issuer account the caller does not act for.");
        }

        if (!AnchoredDocuments.HasAnchor(batch))
        {
            return NotAnchored("batch");
        }

        http.Response.ContentType = "application/zip";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{batch.Id}.zip\"";
        http.Response.Headers[CountHeader] = batch.CredentialCount.ToString(CultureInfo.InvariantCulture);
        // The holders' withdrawal codes go to the registrar, who mails them with the credential files; nobody else.
        var delivery = user.HasClaim(IssuerClaims.Role, IssuerClaims.Registrar)
            ? new DeliveryList(await CertificateSource.HolderCodesAsync(db, batch.Id, cancellationToken))
            : null;
        await zip.WriteAsync(source.BatchAsync(db, batch, cancellationToken), http.Response.Body, delivery, cancellationToken);
        return TypedResults.Empty;
    }

    private static ProblemHttpResult Disabled() =>
        ProblemResults.Create(ProblemCatalogue.CertificatesDisabled, "Certificates disabled", "This service prints no certificates (Certificates:Enabled is false, e.g. because its fonts are not installed: apt-get install fonts-dejavu-core fonts-droid-fallback).");

    private static ProblemHttpResult NotAnchored(string what) =>
        ApiProblems.Conflict(ProblemCatalogue.NotAnchored, $"The {what} is not anchored yet: its certificate is printed once its batch is on chain.");
}
