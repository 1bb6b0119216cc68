using CredChain.Core.Documents;
using CredChain.Hosting.Problems;
using CredChain.Verifier.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CredChain.Verifier.Verification;

/// <summary><c>POST /api/v1/verify</c>: a credential document in, a verdict out.</summary>
internal static class VerifyApi
{
    public static IEndpointRouteBuilder MapVerifyApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/verify", VerifyAsync).WithTags("Verification").RequireRateLimiting(RateLimitPolicies.Verify)
            .Accepts<object>("application/json", "application/ld+json", "application/vc+ld+json")
            .WithSummary("Verify a credential document")
            .WithDescription("Body: the credential JSON. 200 with the verdict (overall status, one result per check with zh/en messages, issuer names, network, anchoring time and block, the block the answer is current to) for anything shaped like a credential, including tampered, revoked or malformed ones. 400 when the body is not JSON or not a credential at all (including duplicate keys, excessive nesting or oversized strings); 413 when too large.");
        return app;
    }

    internal static async Task<Results<VerdictJsonResult, ProblemHttpResult>> VerifyAsync(
        HttpRequest request, VerificationService verification, VerdictJsonWriter json, CancellationToken cancellationToken)
    {
        var limit = CredentialLimits.MaxDocumentBytes;
        VerificationOutcome outcome;
        using (var body = await PooledBody.ReadAsync(request, limit, cancellationToken))
        {
            if (body is null)
            {
                return Problems.TooLarge(limit);
            }

            // The parsed document keeps its own copy of what it needs: the pooled body goes back right after.
            outcome = await verification.VerifyAsync(body.Memory, cancellationToken);
        }

        return outcome.Verdict is { } verdict
            ? new VerdictJsonResult(verdict, json)
            : ProblemResults.Create(outcome.Rejection!.Code, outcome.Rejection.Title, outcome.Rejection.Detail, status: StatusCodes.Status400BadRequest);
    }
}
