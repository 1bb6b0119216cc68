using System.Buffers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Unicode;
using CredChain.Issuer.Accounts;
using CredChain.Issuer.Anchoring;
using CredChain.Issuer.Auth;
using CredChain.Issuer.Errors;
using CredChain.Issuer.Import;
using CredChain.Issuer.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CredChain.Issuer.Credentials;

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
        IssuerDbContext db,
        IssuerAccountRegistry accounts,
        CredentialBuilder builder,
        AnchoringSignal signal,
        IOptions<UploadOptions> uploads,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return IssuingProblems.UnsupportedMediaType("application/json");
        }

        if (idempotencyKey is { Length: 0 or > 200 })
        {
            return ApiProblems.BadRequest(ProblemCodes.ValidationFailed, "Invalid Idempotency-Key", "The Idempotency-Key header must hold 1 to 200 characters.");
        }

        var body = await RequestBody.ReadAsync(request, uploads.Value.MaxCredentialBytes, cancellationToken);
        if (body is null)
        {
            return IssuingProblems.TooLarge(uploads.Value.MaxCredentialBytes);
        }

        if (!Utf8.IsValid(body))
        {
            return ApiProblems.BadRequest(ProblemCodes.InvalidUtf8, "Invalid UTF-8", "The request body is not valid UTF-8.");
        }

        var errors = new List<RowError>();
        IssuanceRequest? parsed;
        string? issuer;
        try
        {
            using var document = JsonDocument.Parse(body, IssuanceRequestReader.DocumentOptions);
            parsed = IssuanceRequestReader.Read(document.RootElement.Clone(), 1, allowIssuer: true, errors, out issuer);
        }
        catch (JsonException ex)
        {
            return ApiProblems.BadRequest(ProblemCodes.BadRequest, "Malformed JSON", ex.Message);
        }

        if (parsed is null)
        {
            return IssuingProblems.RowErrors(ProblemCodes.ValidationFailed, "Invalid credential request", errors, errors.Count);
        }

        var (account, problem) = IssuingProblems.ResolveAccount(issuer, user, accounts);
        if (problem is not null)
        {
            return problem;
        }

        var requestHash = SHA256.HashData(body);
        if (idempotencyKey is not null && await FindReplayAsync(db, account!.Address, idempotencyKey, requestHash, cancellationToken) is { } replay)
        {
            return replay;
        }

        var record = builder.TryBuild(parsed, account!, batchId: null, row: 1, out var buildError);
        if (record is null)
        {
            return IssuingProblems.RowErrors(ProblemCodes.ValidationFailed, "Invalid credential request", [buildError!], 1);
        }

        db.Credentials.Add(record);
        if (idempotencyKey is not null)
        {
            db.IdempotencyKeys.Add(new IdempotencyRecord
            {
                IssuerAddress = account!.Address,
                Key = idempotencyKey,
                RequestHash = requestHash,
                CredentialId = record.Id,
                CreatedAtMs = timeProvider.GetUtcNow().ToUnixTimeMilliseconds(),
            });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // A concurrent request with the same key won the insert: answer as its replay.
            db.ChangeTracker.Clear();
            if (await FindReplayAsync(db, account!.Address, idempotencyKey, requestHash, cancellationToken) is { } raced)
            {
                return raced;
            }

            throw;
        }

        signal.Notify();
        return TypedResults.Accepted($"/api/v1/credentials/{record.Id}", new AcceptedCredential(record.Id, record.IssuerAddress, record.State, Replayed: false));
    }

    private static async Task<Results<Accepted<AcceptedCredential>, ProblemHttpResult>?> FindReplayAsync(
        IssuerDbContext db, string issuer, string key, byte[] requestHash, CancellationToken cancellationToken)
    {
        var existing = await db.IdempotencyKeys.AsNoTracking().FirstOrDefaultAsync(i => i.IssuerAddress == issuer && i.Key == key, cancellationToken);
        if (existing is null)
        {
            return null;
        }

        if (!existing.RequestHash.AsSpan().SequenceEqual(requestHash))
        {
            return ApiProblems.Problem(StatusCodes.Status422UnprocessableEntity, ProblemCodes.IdempotencyKeyReused, "Idempotency-Key reused", "This Idempotency-Key was used with a different request body.");
        }

        var credential = await db.Credentials.AsNoTracking().FirstAsync(c => c.Id == existing.CredentialId, cancellationToken);
        var batch = await CredentialAccess.BatchAsync(db, credential.BatchId, cancellationToken);
        var state = CredentialStates.Of(credential, batch);
        return TypedResults.Accepted($"/api/v1/credentials/{existing.CredentialId}", new AcceptedCredential(existing.CredentialId, issuer, state, Replayed: true));
    }

    internal static async Task<Results<Ok<CredentialResponse>, ProblemHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal user, IssuerDbContext db, MerkleTreeCache trees, AnchoredDocuments documents, CancellationToken cancellationToken)
    {
        var (record, problem) = await CredentialAccess.FindAsync(db, id, user, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        JsonElement? document = null;
        var batch = await CredentialAccess.BatchAsync(db, record!.BatchId, cancellationToken);
        if (AnchoredDocuments.HasAnchor(batch))
        {
            var writer = documents.WriterFor(batch!, await trees.GetAsync(db, batch!.Id, cancellationToken));
            var completed = new ArrayBufferWriter<byte>(record.Document.Length + 4096);
            writer.Write(record.Document, completed);
            using var parsed = JsonDocument.Parse(completed.WrittenMemory);
            document = parsed.RootElement.Clone();
        }

        var revocation = record.RevocationReason is { } reason ? new RevocationInfo(reason, ToTime(record.RevokedAtMs)) : null;
        var state = CredentialStates.Of(record, batch);
        var failure = state == CredentialState.Failed ? FailureInfo.Of(batch!.FailureCode, batch.FailureError, batch.LastError, batch.FailedAtMs) : null;
        var request = await RevocationRequests.LatestForCredentialAsync(db, record.Id, record.BatchId, cancellationToken);
        return TypedResults.Ok(new CredentialResponse(
            record.Id,
            record.IssuerAddress,
            state,
            record.BatchId,
            DateTimeOffset.FromUnixTimeMilliseconds(record.AcceptedAtMs),
            revocation,
            failure,
            request is null ? null : RevocationResponse.Of(request),
            document));
    }

    internal static async Task<Results<Accepted<AcceptedRevocation>, ProblemHttpResult>> RevokeAsync(
        Guid id, RevokeRequest body, ClaimsPrincipal user, IssuerDbContext db, AnchoringSignal signal, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (body.Reason is < 1 or > 255)
        {
            return ApiProblems.BadRequest(ProblemCodes.ValidationFailed, "Invalid reason", "reason must be a code from 1 to 255.");
        }

        var (record, problem) = await CredentialAccess.FindAsync(db, id, user, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        // A repeated request is answered with the revocation already under way (or done): never a second transaction.
        if (await RevocationRequests.ActiveForCredentialAsync(db, id, cancellationToken) is { } active)
        {
            return RevocationRequests.Accepted(active, replayed: true);
        }

        var batch = await CredentialAccess.BatchAsync(db, record!.BatchId, cancellationToken);
        var state = CredentialStates.Of(record, batch);
        if (state != CredentialState.Anchored || record.BatchId is null)
        {
            return ApiProblems.Conflict(ProblemCodes.InvalidState, $"Only an anchored credential can be revoked; this one is {state.ToString().ToLowerInvariant()}.");
        }

        var (revocation, replayed) = await RevocationRequests.CreateAsync(db, new RevocationRecord
        {
            Id = Guid.CreateVersion7(),
            IssuerAddress = record.IssuerAddress,
            BatchId = record.BatchId.Value,
            CredentialId = record.Id,
            Reason = body.Reason,
            State = OperationState.Pending,
            CreatedAtMs = timeProvider.GetUtcNow().ToUnixTimeMilliseconds(),
        }, cancellationToken);
        signal.Notify();
        return RevocationRequests.Accepted(revocation, replayed);
    }

    private static DateTimeOffset? ToTime(long? unixMs) => unixMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
}
