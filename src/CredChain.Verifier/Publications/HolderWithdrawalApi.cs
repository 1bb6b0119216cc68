using CredChain.Verifier.Hosting;
using CredChain.Verifier.Shares;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CredChain.Verifier.Publications;

/// <summary>
/// The graduate withdraws the published copy their printed certificate's QR code opens. Having the credential proves
/// nothing (anyone who scans the paper decrypts it), so they present the withdrawal code the institution delivered with
/// the credential file, which is neither printed nor in the copy; the portal holds only its SHA-256.
/// </summary>
internal static class HolderWithdrawalApi
{
    public const string WithdrawalCodeHeader = "X-Withdrawal-Code";

    public static IEndpointRouteBuilder MapHolderWithdrawalApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/shares/{id}/withdraw", WithdrawAsync)
            .WithTags("Shares")
            .AddEndpointFilter<ShareStoreGate>()
            .RequireRateLimiting(RateLimitPolicies.ShareCreate)
            .WithSummary("Withdraw a printed certificate's published copy (its holder)")
            .WithDescription($"The id is derived from the printed code as for GET; the holder's withdrawal code goes in the {WithdrawalCodeHeader} header. 200 {{id, withdrawnAt, withdrawnBy}}, also when it was already withdrawn; the share then answers 410 share.withdrawn with withdrawnBy holder. 403 share.bad_withdrawal_code for a wrong code (or a share without one), 404 share.not_found.");
        return app;
    }

    internal static async Task<Results<Ok<WithdrawResponse>, ProblemHttpResult>> WithdrawAsync(
        string id, [FromHeader(Name = WithdrawalCodeHeader)] string? code, HttpContext http, PublicationStore store, CancellationToken cancellationToken)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (!ShareId.IsValid(id))
        {
            return NotFound();
        }

        if (string.IsNullOrEmpty(code) || code.Length > 64)
        {
            return BadCode();
        }

        var (state, at, by) = await store.WithdrawByHolderAsync(id, code, cancellationToken);
        return state switch
        {
            ShareState.Withdrawn => TypedResults.Ok(new WithdrawResponse(id, at, by)),
            ShareState.BadToken => BadCode(),
            _ => NotFound(),
        };
    }

    private static ProblemHttpResult NotFound() =>
        Problems.Create(StatusCodes.Status404NotFound, ProblemCodes.ShareNotFound, "Share not found", "No share has this id; check the code printed on the certificate.");

    private static ProblemHttpResult BadCode() =>
        Problems.Create(
            StatusCodes.Status403Forbidden, ProblemCodes.ShareBadWithdrawalCode, "Wrong withdrawal code",
            $"Send the withdrawal code delivered with the credential file in {WithdrawalCodeHeader}; the code printed on the certificate is not it.");
}
