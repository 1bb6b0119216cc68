using System.Security.Claims;
using CredChain.Issuer.Accounts;
using CredChain.Issuer.Anchoring;
using CredChain.Issuer.Auth;
using CredChain.Issuer.Credentials;
using CredChain.Issuer.Errors;
using CredChain.Issuer.Import;
using CredChain.Issuer.Storage;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CredChain.Issuer.Batches;

internal static class BatchesApi
{
    public static IEndpointRouteBuilder MapBatchesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/batches").WithTags("Batches");

        group.MapPost("/", UploadAsync)
            .WithName("UploadBatch")
            .WithSummary("Issue many credentials as one batch (NDJSON or CSV)")
            .WithDescription("application/x-ndjson: one request object per line ({type?, validFrom?, validUntil?, credentialSubject}). text/csv: header row; columns validFrom, validUntil, type (';'-separated) fill the request, every other column is a dot path into credentialSubject (name.zh → {\"name\":{\"zh\":…}}), ':number'/':boolean' suffixes type a cell, empty cells are left out. All rows valid → 202, else 400 listing row-numbered errors and nothing stored. ?issuer=0x… picks the account when the caller has several. ?publish=true|false: publish each credential's encrypted copy to the portal once anchored, for the printed certificate's QR code (default Publication:PublishByDefault).")
            .Accepts<string>("application/x-ndjson", "text/csv")
            .RequireAuthorization(IssuerPolicies.Issue);

        group.MapGet("/{id:guid}", GetAsync)
            .WithName("GetBatch")
            .WithSummary("A batch's state, counts, root, transaction hash and block")
            .RequireAuthorization(IssuerPolicies.Read);

        group.MapGet("/{id:guid}/credentials", GetCredentialsAsync)
            .WithName("GetBatchCredentials")
            .WithSummary("All documents of a batch as NDJSON (with proofs once anchored), streamed")
            .Produces(StatusCodes.Status200OK, contentType: "application/x-ndjson")
            .RequireAuthorization(IssuerPolicies.Read);

        group.MapPost("/{id:guid}/revoke", RevokeAsync)
            .WithName("RevokeBatch")
            .WithSummary("Revoke a whole anchored batch on chain with a reason code")
            .RequireAuthorization(IssuerPolicies.Revoke);

        group.MapPost("/{id:guid}/retry", RetryAsync)
            .WithName("RetryBatch")
            .WithSummary("Anchor a failed batch again once the cause is fixed")
            .WithDescription("Only a failed batch (409 invalid_state otherwise; 409 unknown_issuer_account while this service holds no key for its account). A batch that was written ahead resumes from its signed transaction: the worker looks it up by hash and the root in the registry first, so a root is never anchored twice.")
            .RequireAuthorization(IssuerPolicies.Issue);
        return app;
    }

    internal static async Task<Results<Accepted<AcceptedBatch>, ProblemHttpResult>> UploadAsync(
        HttpContext context,
        string? issuer,
        bool? publish,
        ClaimsPrincipal user,
        UploadBatchService uploading,
        IOptions<UploadOptions> uploads,
        CancellationToken cancellationToken)
    {
        var mediaType = context.Request.GetTypedHeaders().ContentType?.MediaType.Value?.ToLowerInvariant();
        UploadFormat? format = mediaType switch
        {
            "application/x-ndjson" or "application/jsonl" or "application/jsonlines" => UploadFormat.Ndjson,
            "text/csv" => UploadFormat.Csv,
            _ => null,
        };
        if (format is null)
        {
            return IssuingProblems.UnsupportedMediaType("application/x-ndjson or text/csv");
        }

        var limit = uploads.Value.MaxBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            return IssuingProblems.TooLarge(limit);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        return await uploading.UploadAsync(context.Request.Body, limit, format.Value, issuer, publish, user, cancellationToken);
    }

    internal static async Task<Results<Ok<BatchResponse>, ProblemHttpResult>> GetAsync(Guid id, ClaimsPrincipal user, IssuerDbContext db, CancellationToken cancellationToken)
    {
        var (batch, problem) = await FindAsync(db, id, user, cancellationToken);
        return problem ?? (Results<Ok<BatchResponse>, ProblemHttpResult>)TypedResults.Ok(await DescribeAsync(batch!, db, cancellationToken));
    }

    private static async Task<BatchResponse> DescribeAsync(BatchRecord batch, IssuerDbContext db, CancellationToken cancellationToken)
    {
        // Members follow their batch unless revoked; a revoked batch has every member revoked (see CredentialStates).
        var revoked = batch.RevocationReason is not null
            ? batch.CredentialCount
            : await db.Revocations.CountAsync(r => r.BatchId == batch.Id && r.CredentialId != null && r.State == OperationState.Confirmed, cancellationToken);
        var counts = new Dictionary<CredentialState, int>
        {
            [CredentialStates.Of(batch)] = batch.CredentialCount - revoked,
            [CredentialState.Revoked] = revoked,
        };
        return new BatchResponse(
            batch.Id,
            batch.IssuerAddress,
            batch.State,
            batch.FromUpload,
            batch.CredentialCount,
            new BatchCounts(
                counts.GetValueOrDefault(CredentialState.Pending),
                counts.GetValueOrDefault(CredentialState.Anchoring),
                counts.GetValueOrDefault(CredentialState.Anchored),
                counts.GetValueOrDefault(CredentialState.Revoked),
                counts.GetValueOrDefault(CredentialState.Failed)),
            Hex(batch.Root),
            Hex(batch.TransactionHash),
            batch.BlockNumber,
            batch.Nonce,
            batch.GasUsed,
            DateTimeOffset.FromUnixTimeMilliseconds(batch.CreatedAtMs),
            batch.AnchoredAtMs is { } at ? DateTimeOffset.FromUnixTimeMilliseconds(at) : null,
            batch.RevocationReason is { } reason ? new RevocationInfo(reason, batch.RevokedAtMs is { } r ? DateTimeOffset.FromUnixTimeMilliseconds(r) : null) : null,
            batch.LastError,
            FailureInfo.Of(batch.FailureCode, batch.FailureError, batch.LastError, batch.FailedAtMs));
    }

    internal static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> GetCredentialsAsync(
        Guid id, ClaimsPrincipal user, IssuerDbContext db, MerkleTreeCache trees, AnchoredDocuments documents, StoredDocuments stored, CancellationToken cancellationToken)
    {
        var (batch, problem) = await FindAsync(db, id, user, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var writer = AnchoredDocuments.HasAnchor(batch) ? documents.WriterFor(batch!, await trees.GetAsync(db, id, cancellationToken)) : null;
        return TypedResults.Stream(
            stream => BatchDownload.WriteAsync(stream, db, id, stored, writer, cancellationToken),
            "application/x-ndjson");
    }

    internal static async Task<Results<Accepted<AcceptedRevocation>, ProblemHttpResult>> RevokeAsync(
        Guid id, RevokeRequest body, ClaimsPrincipal user, IssuerDbContext db, AnchoringSignal signal, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (body.Reason is < 1 or > 255)
        {
            return ApiProblems.BadRequest(ProblemCatalogue.ValidationFailed, "Invalid reason", "reason must be a code from 1 to 255.");
        }

        var (batch, problem) = await FindAsync(db, id, user, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (batch!.State != BatchState.Anchored)
        {
            return ApiProblems.Conflict(ProblemCatalogue.InvalidState, $"Only an anchored batch can be revoked; this one is {batch.State.ToString().ToLowerInvariant()}.");
        }

        if (await RevocationRequests.ActiveForBatchAsync(db, id, cancellationToken) is { } active)
        {
            return RevocationRequests.Accepted(active, replayed: true);
        }

        if (batch.RevocationReason is not null)
        {
            return ApiProblems.Conflict(ProblemCatalogue.InvalidState, "This batch is already revoked.");
        }

        var (revocation, replayed) = await RevocationRequests.CreateAsync(db, new RevocationRecord
        {
            Id = Guid.CreateVersion7(),
            IssuerAddress = batch.IssuerAddress,
            BatchId = id,
            Reason = body.Reason,
            State = OperationState.Pending,
            CreatedAtMs = timeProvider.GetUtcNow().ToUnixTimeMilliseconds(),
        }, cancellationToken);
        signal.Notify();
        return RevocationRequests.Accepted(revocation, replayed);
    }

    internal static async Task<Results<Ok<BatchResponse>, ProblemHttpResult>> RetryAsync(
        Guid id, ClaimsPrincipal user, IssuerDbContext db, IssuerAccountRegistry accounts, AnchoringSignal signal, CancellationToken cancellationToken)
    {
        var (found, problem) = await FindAsync(db, id, user, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (found!.State != BatchState.Failed)
        {
            return ApiProblems.Conflict(ProblemCatalogue.InvalidState, $"Only a failed batch can be retried; this one is {found.State.ToString().ToLowerInvariant()}.");
        }

        if (accounts.Find(found.IssuerAddress) is null)
        {
            return ApiProblems.Conflict(ProblemCatalogue.UnknownIssuerAccount, $"This service holds no key for {found.IssuerAddress}; configure it before retrying.");
        }

        var batch = await db.Batches.FirstAsync(b => b.Id == id, cancellationToken);
        WorkRetry.Reopen(batch);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ApiProblems.Conflict(ProblemCatalogue.InvalidState, "The batch changed meanwhile (another retry?); read it again.");
        }

        // The answer is the state this retry committed (pending), not a fresh read: the worker, woken here or by other
        // work, may have anchored the batch by then.
        var reopened = await DescribeAsync(batch, db, cancellationToken);
        signal.Notify();
        return TypedResults.Ok(reopened);
    }

    private static async Task<(BatchRecord? Batch, ProblemHttpResult? Problem)> FindAsync(IssuerDbContext db, Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var batch = await db.Batches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (batch is null)
        {
            return (null, ApiProblems.NotFound("batch"));
        }

        return user.ActsFor(batch.IssuerAddress)
            ? (batch, null)
            : (null, ApiProblems.Forbidden("The batch belongs to an issuer account the caller does not act for."));
    }

    private static string? Hex(byte[]? bytes) => bytes is null ? null : "0x" + Convert.ToHexStringLower(bytes);
}
