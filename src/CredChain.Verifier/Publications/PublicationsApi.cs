using System.Buffers.Text;
using CredChain.Verifier.Hosting;
using CredChain.Verifier.Shares;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CredChain.Verifier.Publications;

/// <summary>
/// Issuing services publish encrypted copies of printed certificates here (the key stays in the QR code's URL fragment)
/// and withdraw them. Authenticated by a publisher token; the public reads them through <c>GET /api/v1/shares/{id}</c>.
/// </summary>
internal static class PublicationsApi
{
    public static IEndpointRouteBuilder MapPublicationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/publications").WithTags("Publications").AddEndpointFilter<ShareStoreGate>();
        group.MapPost("/", PublishAsync)
            .WithSummary("Publish encrypted certificate copies (issuing services only)")
            .WithDescription("Bearer token of a configured publisher. Body: {shares: [{id, ciphertext, holderWithdrawalCodeSha256?}]}, ids and ciphertexts as for /api/v1/shares; the optional hash (64 lower-case hex digits) lets the holder withdraw the copy with POST /api/v1/shares/{id}/withdraw. All or nothing; ids this publisher published before are counted, not stored again. 401 publication.unauthorized, 409 share.exists when an id belongs to someone else, 507 share.store_full.");
        group.MapPost("/{id}/withdraw", WithdrawAsync)
            .WithSummary("Withdraw a published copy (its publisher only)")
            .WithDescription("Wipes the ciphertext; the share then answers 410 share.withdrawn with withdrawnBy issuer. Repeating it is harmless, also after the holder withdrew it (withdrawnBy stays holder).");
        return app;
    }

    internal static async Task<Results<Ok<PublishResponse>, ProblemHttpResult>> PublishAsync(
        HttpContext http, PublisherAuth auth, PublicationStore store, IOptions<PublicationOptions> options, IOptions<ShareOptions> shareOptions, TimeProvider time, CancellationToken cancellationToken)
    {
        if (auth.Authenticate(http.Request) is not { } publisher)
        {
            return Unauthorized();
        }

        var o = options.Value;
        // Kestrel's default cap (1 MiB) is for the public endpoints; an authenticated publisher sends larger batches.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = o.MaxRequestBytes;
        }

        var body = await BoundedJson.ReadAsync<PublishRequest>(http.Request, o.MaxRequestBytes, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        if (body.Value!.Shares is not { Count: > 0 } shares || shares.Count > o.MaxSharesPerRequest)
        {
            return Invalid($"shares must hold 1 to {o.MaxSharesPerRequest} items.");
        }

        var items = new List<(string, byte[], byte[]?)>(shares.Count);
        foreach (var share in shares)
        {
            if (!ShareId.IsValid(share.Id))
            {
                return Invalid("Every id must be 26 lower-case Crockford base32 characters.");
            }

            if (string.IsNullOrEmpty(share.Ciphertext) || !Base64Url.IsValid(share.Ciphertext)
                || Base64Url.DecodeFromChars(share.Ciphertext) is not { Length: >= ShareCrypto.MinCiphertextBytes } ciphertext
                || ciphertext.Length > shareOptions.Value.MaxCiphertextBytes)
            {
                return Invalid($"Share {share.Id}: ciphertext must be base64url of a nonce, AES-256-GCM output and tag, at most {shareOptions.Value.MaxCiphertextBytes} bytes.");
            }

            if (share.HolderWithdrawalCodeSha256 is { } hex && (hex.Length != 64 || !hex.All(char.IsAsciiHexDigitLower)))
            {
                return Invalid($"Share {share.Id}: holderWithdrawalCodeSha256 must be 64 lower-case hex digits (the SHA-256 of the holder's withdrawal code).");
            }

            items.Add((share.Id!, ciphertext, share.HolderWithdrawalCodeSha256 is { } h ? Convert.FromHexString(h) : null));
        }

        var expiresAt = time.GetUtcNow().AddDays(o.ExpiryDays);
        var (outcome, created, existing) = await store.PublishAsync(publisher, items, expiresAt, cancellationToken);
        return outcome switch
        {
            PublishOutcome.Conflict => Problems.Create(StatusCodes.Status409Conflict, ProblemCodes.ShareExists, "Share already exists", "An id belongs to a share this publisher did not publish; nothing was stored."),
            PublishOutcome.StoreFull => Problems.Create(StatusCodes.Status507InsufficientStorage, ProblemCodes.ShareStoreFull, "Share store full", "The portal holds as many shares as it is configured to; nothing was stored."),
            _ => TypedResults.Ok(new PublishResponse(created, existing, DateTimeOffset.FromUnixTimeMilliseconds(expiresAt.ToUnixTimeMilliseconds()))),
        };
    }

    internal static async Task<Results<Ok<WithdrawResponse>, ProblemHttpResult>> WithdrawAsync(
        string id, HttpContext http, PublisherAuth auth, PublicationStore store, CancellationToken cancellationToken)
    {
        if (auth.Authenticate(http.Request) is not { } publisher)
        {
            return Unauthorized();
        }

        if (!ShareId.IsValid(id))
        {
            return NotFound();
        }

        var (withdrawn, at, by) = await store.WithdrawAsync(publisher, id, cancellationToken);
        return withdrawn switch
        {
            null => NotFound(),
            false => Problems.Create(StatusCodes.Status403Forbidden, ProblemCodes.PublicationForbidden, "Not this publisher's share", "Only the issuing service that published a share withdraws it here (its graduate withdraws it with the withdrawal code at /api/v1/shares/{id}/withdraw)."),
            true => TypedResults.Ok(new WithdrawResponse(id, at, by)),
        };
    }

    private static ProblemHttpResult Unauthorized() =>
        Problems.Create(StatusCodes.Status401Unauthorized, ProblemCodes.PublisherUnauthorized, "Publisher token required", "Send a configured publisher's token as Authorization: Bearer.");

    private static ProblemHttpResult Invalid(string detail) =>
        Problems.Create(StatusCodes.Status400BadRequest, ProblemCodes.ShareInvalid, "Invalid publication", detail);

    private static ProblemHttpResult NotFound() =>
        Problems.Create(StatusCodes.Status404NotFound, ProblemCodes.ShareNotFound, "Share not found", "No share has this id.");
}
