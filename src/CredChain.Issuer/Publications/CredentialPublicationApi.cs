using System.Security.Claims;
using CredChain.Issuer.Auth;
using CredChain.Issuer.Credentials;
using CredChain.Issuer.Errors;
using CredChain.Issuer.Qr;
using CredChain.Issuer.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CredChain.Issuer.Publications;

internal static class CredentialPublicationApi
{
    public static IEndpointRouteBuilder MapCredentialPublicationApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/credentials/{id:guid}/publication").WithTags("Credentials");
        group.MapGet("/", GetAsync)
            .WithName("GetPublication")
            .WithSummary("The credential's published copy: state, printed code, the link its QR code holds, and the holder's withdrawal code")
            .WithDescription("holderWithdrawalCode is given to callers with the registrar role only (it goes to the graduate with the credential file, never on paper); null otherwise or for copies published before holders could withdraw. 404 not_found when the credential was not published (its batch did not opt in with ?publish=true, or it is not anchored yet).")
            .RequireAuthorization(IssuerPolicies.Read);
        group.MapPost("/withdraw", WithdrawAsync)
            .WithName("WithdrawPublication")
            .WithSummary("Withdraw the published copy at the portal")
            .WithDescription("The certificate's QR code then opens a page saying the institution withdrew the link (the portal answers 410 share.withdrawn). Idempotent, also when the graduate withdrew it first with their withdrawal code. 502 portal_unavailable when the portal could not be told; nothing is recorded then.")
            .RequireAuthorization(IssuerPolicies.Revoke);
        return app;
    }

    internal static async Task<Results<Ok<PublicationResponse>, ProblemHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal user, IssuerDbContext db, IOptions<PortalLinkOptions> portal, CancellationToken cancellationToken)
    {
        var (record, problem) = await CredentialAccess.FindAsync(db, id, user, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var publication = await db.Publications.AsNoTracking().FirstOrDefaultAsync(p => p.CredentialId == record!.Id && p.State != PublicationState.Pending, cancellationToken);
        return publication is null
            ? ApiProblems.NotFound("published copy of this credential")
            : TypedResults.Ok(PublicationResponse.Of(publication, PublicationLinks.For(portal.Value, publication.Code), user.HasClaim(IssuerClaims.Role, IssuerClaims.Registrar)));
    }

    internal static async Task<Results<Ok<PublicationResponse>, ProblemHttpResult>> WithdrawAsync(
        Guid id, ClaimsPrincipal user, IssuerDbContext db, CertificatePublisher publisher, IOptions<PortalLinkOptions> portal, CancellationToken cancellationToken)
    {
        var (record, problem) = await CredentialAccess.FindAsync(db, id, user, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var publication = await db.Publications.FirstOrDefaultAsync(p => p.CredentialId == record!.Id && p.State != PublicationState.Pending, cancellationToken);
        if (publication is null)
        {
            return ApiProblems.NotFound("published copy of this credential");
        }

        if (publication.State == PublicationState.Published)
        {
            try
            {
                await publisher.WithdrawAsync(db, publication, cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                return ApiProblems.Problem(StatusCodes.Status502BadGateway, ProblemCodes.PortalUnavailable, "Portal unavailable", "The portal could not be told to withdraw the copy; try again.");
            }
        }

        return TypedResults.Ok(PublicationResponse.Of(publication, PublicationLinks.For(portal.Value, publication.Code)));
    }
}
