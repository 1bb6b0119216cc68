using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Unicode;
using CredChain.Issuer.Accounts;
using CredChain.Issuer.Anchoring;
using CredChain.Issuer.Errors;
using CredChain.Issuer.Import;
using CredChain.Issuer.Storage;
using Microsoft.EntityFrameworkCore;

namespace CredChain.Issuer.Credentials;

/// <summary>
/// Issuing one credential: parse the request, pick the caller's account, answer a replayed Idempotency-Key, build the
/// document through Core, store it as pending (durable before the 202) and wake the anchoring worker.
/// </summary>
internal sealed class IssueCredentialService(
    IssuerDbContext db, IssuerAccountRegistry accounts, CredentialBuilder builder, AnchoringSignal signal, TimeProvider timeProvider)
{
    public async Task<Results<Accepted<AcceptedCredential>, ProblemHttpResult>> IssueAsync(
        byte[] body, string? idempotencyKey, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (parsed, issuer, invalid) = Parse(body);
        if (invalid is not null)
        {
            return invalid;
        }

        var (account, denied) = CallerAccount.Resolve(issuer, user, accounts);
        if (denied is not null)
        {
            return denied;
        }

        var requestHash = SHA256.HashData(body);
        if (idempotencyKey is not null && await ReplayAsync(account!.Address, idempotencyKey, requestHash, cancellationToken) is { } replay)
        {
            return replay;
        }

        var record = builder.TryBuild(parsed!, account!, batchId: null, row: 1, out var buildError);
        return record is null
            ? IssuingProblems.RowErrors(ProblemCatalogue.ValidationFailed, "Invalid credential request", [buildError!], 1)
            : await StoreAsync(record, idempotencyKey, requestHash, cancellationToken);
    }

    private static (IssuanceRequest? Request, string? Issuer, ProblemHttpResult? Problem) Parse(byte[] body)
    {
        if (!Utf8.IsValid(body))
        {
            return (null, null, ApiProblems.BadRequest(ProblemCatalogue.InvalidUtf8, "Invalid UTF-8", "The request body is not valid UTF-8."));
        }

        var errors = new List<RowError>();
        try
        {
            using var document = JsonDocument.Parse(body, IssuanceRequestReader.DocumentOptions);
            var parsed = IssuanceRequestReader.Read(document.RootElement.Clone(), 1, allowIssuer: true, errors, out var issuer);
            return parsed is null
                ? (null, null, IssuingProblems.RowErrors(ProblemCatalogue.ValidationFailed, "Invalid credential request", errors, errors.Count))
                : (parsed, issuer, null);
        }
        catch (JsonException ex)
        {
            return (null, null, ApiProblems.BadRequest(ProblemCatalogue.BadRequest, "Malformed JSON", ex.Message));
        }
    }

    private async Task<Results<Accepted<AcceptedCredential>, ProblemHttpResult>> StoreAsync(
        CredentialRecord record, string? idempotencyKey, byte[] requestHash, CancellationToken cancellationToken)
    {
        db.Credentials.Add(record);
        if (idempotencyKey is not null)
        {
            IdempotencyStore.Add(db, record.IssuerAddress, idempotencyKey, requestHash, record.Id, timeProvider.GetUtcNow());
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // A concurrent request with the same key won the insert: answer as its replay.
            db.ChangeTracker.Clear();
            if (await ReplayAsync(record.IssuerAddress, idempotencyKey, requestHash, cancellationToken) is { } raced)
            {
                return raced;
            }

            throw;
        }

        signal.Notify();
        return TypedResults.Accepted($"/api/v1/credentials/{record.Id}", new AcceptedCredential(record.Id, record.IssuerAddress, record.State, Replayed: false));
    }

    private async Task<Results<Accepted<AcceptedCredential>, ProblemHttpResult>?> ReplayAsync(
        string issuer, string key, byte[] requestHash, CancellationToken cancellationToken)
    {
        var existing = await IdempotencyStore.FindAsync(db, issuer, key, cancellationToken);
        if (existing is null)
        {
            return null;
        }

        if (!existing.RequestHash.AsSpan().SequenceEqual(requestHash))
        {
            return ProblemResults.Create(ProblemCatalogue.IdempotencyKeyReused, "Idempotency-Key reused", "This Idempotency-Key was used with a different request body.");
        }

        var credential = await db.Credentials.AsNoTracking().FirstAsync(c => c.Id == existing.CredentialId, cancellationToken);
        var batch = await CredentialAccess.BatchAsync(db, credential.BatchId, cancellationToken);
        var state = CredentialStates.Of(credential, batch);
        return TypedResults.Accepted($"/api/v1/credentials/{existing.CredentialId}", new AcceptedCredential(existing.CredentialId, issuer, state, Replayed: true));
    }
}
