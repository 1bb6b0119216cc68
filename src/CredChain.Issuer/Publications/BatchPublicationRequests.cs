using CredChain.Issuer.Errors;
using CredChain.Issuer.Storage;
using Microsoft.Extensions.Options;

namespace CredChain.Issuer.Publications;

/// <summary>The per-batch opt-in, written before the upload is stored so that an acknowledged batch is never left out.</summary>
internal sealed class BatchPublicationRequests(IOptions<PublishingOptions> options, TimeProvider time)
{
    /// <summary>Records the request when the batch is to be published; a problem when publication is asked for but not configured.</summary>
    public async Task<ProblemHttpResult?> RequestAsync(IssuerDbContext db, Guid batchId, bool? publish, CancellationToken cancellationToken)
    {
        if (!(publish ?? options.Value.PublishByDefault))
        {
            return null;
        }

        if (!options.Value.CanPublish)
        {
            return ApiProblems.BadRequest(ProblemCodes.ValidationFailed, "Publication not configured", "This service has no Publication:PortalToken, so it cannot publish certificate copies to the portal.");
        }

        db.BatchPublications.Add(new BatchPublicationRecord { BatchId = batchId, RequestedAtMs = time.GetUtcNow().ToUnixTimeMilliseconds() });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return null;
    }

    /// <summary>Forgets the request of an upload that was refused (nothing was stored for it).</summary>
    public static async Task CancelAsync(IssuerDbContext db, Guid batchId, CancellationToken cancellationToken)
    {
        var request = await db.BatchPublications.FindAsync([batchId], cancellationToken);
        if (request is not null)
        {
            db.BatchPublications.Remove(request);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
