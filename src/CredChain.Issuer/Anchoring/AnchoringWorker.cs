using CredChain.Issuer.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CredChain.Issuer.Anchoring;

/// <summary>
/// Closes batches, anchors them and sends revocations, one chain operation at a time (so nonces stay in order).
/// Unfinished batches (<c>anchoring</c>) are handled first: on start that is the crash reconciliation.
/// On any chain or database error it backs off exponentially and tries again; requests keep being accepted meanwhile.
/// </summary>
internal sealed partial class AnchoringWorker(
    IServiceScopeFactory scopes,
    BatchCloser closer,
    BatchAnchorer anchorer,
    RevocationSender revocations,
    AnchoringSignal signal,
    ChainStatus status,
    IOptions<AnchoringOptions> options,
    TimeProvider timeProvider,
    ILogger<AnchoringWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = options.Value.InitialBackoff;
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                wait = await RunOnceAsync(stoppingToken);
                status.Succeeded(timeProvider.GetUtcNow());
                backoff = options.Value.InitialBackoff;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The worker must survive any failure of the chain or the database and retry.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                status.Failed($"{ex.GetType().Name}: {ex.Message}");
                LogFailed(logger, ex.GetType().Name, ex.Message, backoff.TotalMilliseconds);
                await Task.Delay(backoff, timeProvider, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, options.Value.MaxBackoff.Ticks));
                continue;
            }

            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await signal.WaitAsync(wait, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Does all due work; returns how long to sleep before the next round (zero when more is ready).</summary>
    private async Task<TimeSpan> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IssuerDbContext>();

        var nextWindow = await closer.CloseDueAsync(db, cancellationToken);

        var batch = await db.Batches
            .Where(b => b.State == BatchState.Anchoring || b.State == BatchState.Pending)
            .OrderByDescending(b => b.State).ThenBy(b => b.CreatedAtMs)
            .FirstOrDefaultAsync(cancellationToken);
        if (batch is not null)
        {
            await anchorer.AnchorAsync(db, batch, cancellationToken);
            return TimeSpan.Zero;
        }

        var revocation = await db.Revocations
            .Where(r => r.State == OperationState.Sending || r.State == OperationState.Pending)
            .OrderByDescending(r => r.State).ThenBy(r => r.CreatedAtMs)
            .FirstOrDefaultAsync(cancellationToken);
        if (revocation is not null)
        {
            await revocations.SendAsync(db, revocation, cancellationToken);
            return TimeSpan.Zero;
        }

        var idle = options.Value.IdlePoll;
        return nextWindow is { } due && due < idle ? due : idle;
    }

    [LoggerMessage(EventId = 1601, Level = LogLevel.Warning, Message = "Anchoring round failed ({ErrorType}: {Error}); retrying in {DelayMs} ms")]
    private static partial void LogFailed(ILogger logger, string errorType, string error, double delayMs);
}
