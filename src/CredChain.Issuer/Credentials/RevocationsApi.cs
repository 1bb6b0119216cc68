using System.Security.Claims;
using CredChain.Issuer.Accounts;
using CredChain.Issuer.Anchoring;
using CredChain.Issuer.Auth;
using CredChain.Issuer.Errors;
using CredChain.Issuer.Storage;
using Microsoft.EntityFrameworkCore;

namespace CredChain.Issuer.Credentials;

internal static class RevocationsApi
{
    public static IEndpointRouteBuilder MapRevocationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/revocations").WithTags("Revocations");

        group.MapGet("/{id:guid}", GetAsync)
            .WithName("GetRevocation")
            .WithSummary("A revocation's state, transaction, block and, when failed, why")
            .RequireAuthorization(IssuerPolicies.Read);

        group.MapPost("/{id:guid}/retry", RetryAsync)
            .WithName("RetryRevocation")
            .WithSummary("Send a failed revocation again once the cause is fixed")
            .WithDescription("Only a failed revocation (409 invalid_state otherwise, or when another revocation of the same credential or batch is active meanwhile). A revocation that was signed resumes from its transaction: it is looked up by hash before anything is sent.")
            .RequireAuthorization(IssuerPolicies.Revoke);
        return app;
    }

    internal static async Task<Results<Ok<RevocationResponse>, ProblemHttpResult>> GetAsync(Guid id, ClaimsPrincipal user, IssuerDbContext db, CancellationToken cancellationToken)
    {
        var (revocation, problem) = await FindAsync(db.Revocations.AsNoTracking(), id, user, cancellationToken);
        return problem ?? (Results<Ok<RevocationResponse>, ProblemHttpResult>)TypedResults.Ok(RevocationResponse.Of(revocation!));
    }

    internal static async Task<Results<Ok<RevocationResponse>, ProblemHttpResult>> RetryAsync(
        Guid id, ClaimsPrincipal user, IssuerDbContext db, IssuerAccountRegistry accounts, AnchoringSignal signal, CancellationToken cancellationToken)
    {
        var (revocation, problem) = await FindAsync(db.Revocations, id, user, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (revocation!.State != OperationState.Failed)
        {
            return ApiProblems.Conflict(ProblemCatalogue.InvalidState, $"Only a failed revocation can be retried; this one is {revocation.State.ToString().ToLowerInvariant()}.");
        }

        if (accounts.Find(revocation.IssuerAddress) is null)
        {
            return ApiProblems.Conflict(ProblemCatalogue.UnknownIssuerAccount, $"This service holds no key for {revocation.IssuerAddress}; configure it before retrying.");
        }

        WorkRetry.Reopen(revocation);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index of active revocations, or a concurrent retry.
            return ApiProblems.Conflict(ProblemCatalogue.InvalidState, "Another revocation of this credential or batch is active, or the revocation changed meanwhile.");
        }

        signal.Notify();
        return TypedResults.Ok(RevocationResponse.Of(revocation));
    }

    private static async Task<(RevocationRecord? Revocation, ProblemHttpResult? Problem)> FindAsync(
        IQueryable<RevocationRecord> revocations, Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var revocation = await revocations.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (revocation is null)
        {
            return (null, ApiProblems.NotFound("revocation"));
        }

        return user.ActsFor(revocation.IssuerAddress)
            ? (revocation, null)
            : (null, ApiProblems.Forbidden("The revocation belongs to an issuer account the caller does not act for."));
    }
}
