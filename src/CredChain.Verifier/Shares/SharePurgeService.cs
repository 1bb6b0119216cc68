using Microsoft.Extensions.Options;

namespace CredChain.Verifier.Shares;

/// <summary>Periodically wipes expired ciphertext so that an expired share is gone, not merely hidden.</summary>
internal sealed partial class SharePurgeService(
    IServiceScopeFactory scopes, ShareStoreReadiness readiness, TimeProvider time, IOptions<ShareOptions> options, ILogger<SharePurgeService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PurgeInterval, time);
        // The store opens off the start path (ShareStoreReadiness); nothing to purge before it is open.
        await readiness.Opened.WaitAsync(stoppingToken);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ShareStore>().PurgeAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPurgeFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 3010, Level = LogLevel.Error, Message = "Purging expired shares failed; retrying at the next interval")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception);
}
