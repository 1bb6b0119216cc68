using System.Security.Claims;
using System.Text.Json;
using CredChain.Issuer.Auth;
using CredChain.Issuer.Errors;
using CredChain.Issuer.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CredChain.Issuer.Credentials;

/// <summary>The credential endpoints: HTTP in and out (media type, headers, body limit); each use case is one service.</summary>
internal static class CredentialsApi
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static IEndpointRouteBuilder MapCredentialsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/credentials").WithTags("Credentials");

        group.MapPost("/", IssueAsync)
            .WithName("IssueCredential")
            .WithSummary("Issue one credential")
            .WithDescription("Body: {issuer?, type?, validFrom?, validUntil?, credentialSubject}. Stored as pending before the 202; anchored by the batching worker. Honours the Idempotency-Key header.")
            .Accepts<JsonElement>("application/json")
            .RequireAuthorization(IssuerPolicies.Issue);

        group.MapGet("/{id:guid}", GetAsync)
            .WithName("GetCredential")
            .WithSummary("A credential's state and, once anchored, its document with proof")
            .RequireAuthorization(IssuerPolicies.Read);

        group.MapPost("/{id:guid}/revoke", RevokeAsync)
            .WithName("RevokeCredential")
            .WithSummary("Revoke one anchored credential on chain (by its Merkle path) with a reason code")
            .RequireAuthorization(IssuerPolicies.Revoke);
        return app;
    }

    internal static async Task<Results<Accepted<AcceptedCredential>, ProblemHttpResult>> IssueAsync(
        HttpRequest request,
        [FromHeader(Name = IdempotencyHeader)] string? idempotencyKey,
        ClaimsPrincipal user,
        IssueCredentialService issuing,
        IOptions<UploadOptions> uploads,
        CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return IssuingProblems.UnsupportedMediaType("application/json");
        }

        if (idempotencyKey is { Length: 0 or > 200 })
        {
            return ApiProblems.BadRequest(ProblemCatalogue.ValidationFailed, "Invalid Idempotency-Key", "The Idempotency-Key header must hold 1 to 200 characters.");
        }

        var body = await RequestBody.ReadAsync(request, uploads.Value.MaxCredentialBytes, cancellationToken);
        return body is null
            ? IssuingProblems.TooLarge(uploads.Value.MaxCredentialBytes)
            : await issuing.IssueAsync(body, idempotencyKey, user, cancellationToken);
    }

    internal static Task<Results<Ok<CredentialResponse>, ProblemHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal user, ReadCredentialService reading, CancellationToken cancellationToken) =>
        reading.ReadAsync(id, user, cancellationToken);

    internal static Task<Results<Accepted<AcceptedRevocation>, ProblemHttpResult>> RevokeAsync(
        Guid id, RevokeRequest body, ClaimsPrincipal user, RevokeCredentialService revoking, CancellationToken cancellationToken) =>
        revoking.RevokeAsync(id, body, user, cancellationToken);
}
