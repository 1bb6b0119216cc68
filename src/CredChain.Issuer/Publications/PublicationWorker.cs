using CredChain.Issuer.Anchoring;
using CredChain.Issuer.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CredChain.Issuer.Publications;

/// <summary>
/// Publishes the batches that opted in, once they are anchored: the certificates can only be printed with a working QR
/// code after that. A batch that fails to publish (portal down) is tried again at the next poll; it never holds up anchoring.
/// </summary>
internal sealed partial class PublicationWorker(
    IServiceScopeFactory scopes, IOptions<PublishingOptions> options, TimeProvider time, ILogger<PublicationWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.CanPublish)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RoundAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            await Task.Delay(options.Value.Poll, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>One pass over the open requests whose batch is anchored.</summary>
    internal async Task RoundAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IssuerDbContext>();
        var publisher = scope.ServiceProvider.GetRequiredService<CertificatePublisher>();
        var open = await db.BatchPublications.Where(r => r.CompletedAtMs == null)
            .Join(db.Batches.AsNoTracking().Where(b => b.State == BatchState.Anchored), r => r.BatchId, b => b.Id, (r, b) => new { Request = r, Batch = b })
            .ToListAsync(cancellationToken);
        foreach (var item in open.Where(i => AnchoredDocuments.HasAnchor(i.Batch)))
        {
            try
            {
                await publisher.PublishBatchAsync(db, item.Batch, cancellationToken);
                db.BatchPublications.Attach(item.Request);
                item.Request.CompletedAtMs = time.GetUtcNow().ToUnixTimeMilliseconds();
                item.Request.LastError = null;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                db.ChangeTracker.Clear();
                db.BatchPublications.Attach(item.Request);
                item.Request.Attempts++;
                item.Request.LastError = ex.Message;
                LogFailed(logger, item.Batch.Id, ex.Message);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Batch {BatchId}: publishing to the portal failed ({Error}); trying again later")]
    private static partial void LogFailed(ILogger logger, Guid batchId, string error);
}
