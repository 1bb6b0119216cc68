using System.Buffers.Text;
using System.Text.Json;
using CredChain.Verifier.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CredChain.Verifier.Shares;

/// <summary>The encrypted share store: the server keeps ciphertext and never sees the key.</summary>
internal static class SharesApi
{
    public const string DeleteTokenHeader = "X-Delete-Token";

    public static IEndpointRouteBuilder MapSharesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/shares").WithTags("Shares").AddEndpointFilter<ShareStoreGate>();
        group.MapPost("/", CreateAsync).RequireRateLimiting(RateLimitPolicies.ShareCreate)
            .WithSummary("Store an encrypted credential")
            .WithDescription("Body: the lookup id the browser derived from the verification code, the AES-256-GCM ciphertext (base64url, nonce first) and an expiry of 1-180 days (default 30). Returns the id, a delete token (shown once) and the expiry. 507 (share.store_full) when the live shares are at the portal's total size or count cap; 429 when this client created too many.");
        group.MapGet("/{id}", GetAsync).RequireRateLimiting(RateLimitPolicies.ShareRead)
            .WithSummary("Fetch a share's ciphertext")
            .WithDescription("404 when no such share exists, 410 when it expired (share.expired) or was withdrawn (share.withdrawn, with withdrawnBy: issuer or holder).");
        group.MapDelete("/{id}", DeleteAsync).RequireRateLimiting(RateLimitPolicies.ShareCreate)
            .WithSummary("Delete a share")
            .WithDescription($"The delete token returned at creation goes in the {DeleteTokenHeader} header.");
        return app;
    }

    internal static async Task<Results<Created<ShareCreatedResponse>, ProblemHttpResult>> CreateAsync(
        HttpContext http, ShareStore store, IOptions<ShareOptions> options, CancellationToken cancellationToken)
    {
        var o = options.Value;
        // base64 grows 4/3; allow the JSON wrapper on top.
        var limit = (((long)o.MaxCiphertextBytes + 2) / 3 * 4) + 1024;
        var body = await BoundedJson.ReadAsync<CreateShareRequest>(http.Request, limit, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var request = body.Value!;
        var days = request.ExpiresInDays ?? o.DefaultExpiryDays;
        if (!ShareId.IsValid(request.Id))
        {
            return Invalid("id must be 26 lower-case Crockford base32 characters.");
        }

        if (days is < ShareOptions.MinDays or > ShareOptions.MaxDays)
        {
            return Invalid($"expiresInDays must be between {ShareOptions.MinDays} and {ShareOptions.MaxDays}.");
        }

        if (string.IsNullOrEmpty(request.Ciphertext) || !Base64Url.IsValid(request.Ciphertext) || Base64Url.DecodeFromChars(request.Ciphertext) is not { Length: >= ShareCrypto.MinCiphertextBytes } ciphertext)
        {
            return Invalid("ciphertext must be base64url: a 12-byte nonce followed by AES-256-GCM output with its 16-byte tag.");
        }

        if (ciphertext.Length > o.MaxCiphertextBytes)
        {
            return Problems.TooLarge(o.MaxCiphertextBytes);
        }

        var (outcome, created) = await store.CreateAsync(request.Id!, ciphertext, days, cancellationToken);
        switch (outcome)
        {
            case ShareCreateOutcome.Exists:
                return Problems.Create(StatusCodes.Status409Conflict, ProblemCodes.ShareExists, "Share already exists", "Generate a new verification code and try again.");
            case ShareCreateOutcome.StoreFull:
                return Problems.Create(
                    StatusCodes.Status507InsufficientStorage, ProblemCodes.ShareStoreFull, "Share store full",
                    "The portal holds as many shares as it is configured to. Try again once older shares expire, or send the credential file itself.");
        }

        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Created($"/api/v1/shares/{created!.Id}", new ShareCreatedResponse(created.Id, created.DeleteToken, created.ExpiresAt));
    }

    internal static async Task<Results<Ok<ShareResponse>, ProblemHttpResult>> GetAsync(
        string id, HttpContext http, ShareStore store, CancellationToken cancellationToken)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (!ShareId.IsValid(id))
        {
            return NotFound();
        }

        var share = await store.GetAsync(id, cancellationToken);
        return share.State switch
        {
            ShareState.Available => TypedResults.Ok(new ShareResponse(id, Base64Url.EncodeToString(share.Ciphertext!), share.ExpiresAt!.Value)),
            ShareState.Expired => Problems.Create(StatusCodes.Status410Gone, ProblemCodes.ShareExpired, "Share expired", "The holder's link has expired; ask them for a new one."),
            ShareState.Withdrawn => Withdrawn(share.WithdrawnBy ?? ShareWithdrawer.Issuer),
            _ => NotFound(),
        };
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string id, [FromHeader(Name = DeleteTokenHeader)] string? token, ShareStore store, CancellationToken cancellationToken)
    {
        if (!ShareId.IsValid(id))
        {
            return NotFound();
        }

        if (string.IsNullOrEmpty(token) || token.Length > 128)
        {
            return BadToken();
        }

        return await store.DeleteAsync(id, token, cancellationToken) switch
        {
            ShareState.Deleted => TypedResults.NoContent(),
            ShareState.BadToken => BadToken(),
            _ => NotFound(),
        };
    }

    /// <summary>410 share.withdrawn, saying who withdrew it in the <c>withdrawnBy</c> member (<c>issuer</c> or <c>holder</c>).</summary>
    private static ProblemHttpResult Withdrawn(ShareWithdrawer by) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status410Gone,
            title: "Share withdrawn",
            detail: by == ShareWithdrawer.Holder
                ? "The graduate withdrew this certificate's link; ask them for the credential file or a new link."
                : "The issuing institution withdrew this certificate's link; ask the holder for the credential file or a new link.",
            extensions: new Dictionary<string, object?>
            {
                ["code"] = ProblemCodes.ShareWithdrawn,
                ["withdrawnBy"] = JsonNamingPolicy.CamelCase.ConvertName(by.ToString()),
            });

    private static ProblemHttpResult Invalid(string detail) =>
        Problems.Create(StatusCodes.Status400BadRequest, ProblemCodes.ShareInvalid, "Invalid share", detail);

    private static ProblemHttpResult NotFound() =>
        Problems.Create(StatusCodes.Status404NotFound, ProblemCodes.ShareNotFound, "Share not found", "No share has this id; check the code or link.");

    private static ProblemHttpResult BadToken() =>
        Problems.Create(StatusCodes.Status403Forbidden, ProblemCodes.ShareBadDeleteToken, "Wrong delete token", $"Send the token returned at creation in {DeleteTokenHeader}.");
}
