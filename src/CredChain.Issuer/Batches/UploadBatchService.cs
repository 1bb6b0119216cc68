using System.Security.Claims;
using CredChain.Issuer.Accounts;
using CredChain.Issuer.Anchoring;
using CredChain.Issuer.Credentials;
using CredChain.Issuer.Import;
using CredChain.Issuer.Publications;
using CredChain.Issuer.Storage;

namespace CredChain.Issuer.Batches;

/// <summary>
/// A bulk upload: pick the caller's account, record a publication request if asked, import every row or none (stored as one pending batch before the 202) and
/// wake the anchoring worker.
/// </summary>
internal sealed class UploadBatchService(
    IssuerDbContext db, IssuerAccountRegistry accounts, BatchImporter importer, BatchPublicationRequests publications, AnchoringSignal signal)
{
    public async Task<Results<Accepted<AcceptedBatch>, ProblemHttpResult>> UploadAsync(
        Stream body, long limit, UploadFormat format, string? issuer, bool? publish, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (account, problem) = CallerAccount.Resolve(issuer, user, accounts);
        if (problem is not null)
        {
            return problem;
        }

        var batchId = Guid.CreateVersion7();
        if (await publications.RequestAsync(db, batchId, publish, cancellationToken) is { } publishProblem)
        {
            return publishProblem;
        }

        UploadOutcome outcome;
        try
        {
            outcome = await importer.ImportAsync(db, new LimitedStream(body, limit), format, account!, batchId, cancellationToken);
        }
        catch (PayloadTooLargeException)
        {
            return IssuingProblems.TooLarge(limit);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return IssuingProblems.TooLarge(limit);
        }

        if (!outcome.Succeeded)
        {
            await BatchPublicationRequests.CancelAsync(db, batchId, CancellationToken.None);
            var code = outcome.Errors.Any(e => e.Code == RowErrorCodes.InvalidUtf8) ? ProblemCatalogue.InvalidUtf8 : ProblemCatalogue.ImportRejected;
            return IssuingProblems.RowErrors(code, "Upload rejected", outcome.Errors, outcome.TotalErrors);
        }

        signal.Notify();
        return TypedResults.Accepted($"/api/v1/batches/{batchId}", new AcceptedBatch(batchId, account!.Address, outcome.Accepted, BatchState.Pending));
    }
}
