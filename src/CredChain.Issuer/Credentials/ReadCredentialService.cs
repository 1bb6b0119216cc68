using System.Buffers;
using System.Security.Claims;
using System.Text.Json;
using CredChain.Issuer.Anchoring;
using CredChain.Issuer.Storage;

namespace CredChain.Issuer.Credentials;

/// <summary>Reading one credential: its state, its revocation and, once anchored, its document completed with proof and anchor.</summary>
internal sealed class ReadCredentialService(IssuerDbContext db, MerkleTreeCache trees, AnchoredDocuments documents, StoredDocuments stored)
{
    public async Task<Results<Ok<CredentialResponse>, ProblemHttpResult>> ReadAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (record, problem) = await CredentialAccess.FindAsync(db, id, user, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var batch = await CredentialAccess.BatchAsync(db, record!.BatchId, cancellationToken);
        JsonElement? document = AnchoredDocuments.HasAnchor(batch) ? await CompletedDocumentAsync(record, batch!, cancellationToken) : null;
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

    private async Task<JsonElement> CompletedDocumentAsync(CredentialRecord record, BatchRecord batch, CancellationToken cancellationToken)
    {
        var writer = documents.WriterFor(batch, await trees.GetAsync(db, batch.Id, cancellationToken));
        var issued = await stored.ReadAsync(db, record, cancellationToken);
        var completed = new ArrayBufferWriter<byte>(issued.Length + 4096);
        writer.Write(issued, completed);
        using var parsed = JsonDocument.Parse(completed.WrittenMemory);
        return parsed.RootElement.Clone();
    }

    private static DateTimeOffset? ToTime(long? unixMs) => unixMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
}
