using CredChain.Issuer.Accounts;
using Microsoft.Extensions.Options;

namespace CredChain.Issuer.Anchoring;

/// <summary>
/// Runs one lane per hosted issuer account (see <see cref="AccountLane"/>), so that an account whose work fails — its
/// issuer suspended, its RPC calls timing out — never holds up another's, plus a sweep that fails the work of accounts
/// this service has no key for. Unfinished work (<c>anchoring</c>, <c>sending</c>) goes first in each lane: on start
/// that is the crash reconciliation.
/// </summary>
internal sealed partial class AnchoringWorker(
    IssuerAccountRegistry accounts,
    LaneRound round,
    OrphanedWorkSweeper sweeper,
    AnchoringSignal signal,
    ChainStatus status,
    IOptions<AnchoringOptions> options,
    TimeProvider timeProvider,
    ILoggerFactory loggers) : BackgroundService
{
    /// <summary>How often the sweep looks for orphaned work after the first one at start (only a configuration change makes more).</summary>
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lanes = accounts.All
            .Select(account => new AccountLane(account, round, signal, status, options, timeProvider, loggers.CreateLogger<AccountLane>()))
            .Select(lane => Task.Run(() => lane.RunAsync(stoppingToken), stoppingToken));
        return Task.WhenAll([.. lanes, SweepAsync(stoppingToken)]);
    }

    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        var logger = loggers.CreateLogger<AnchoringWorker>();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await sweeper.SweepAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The sweep is retried at its next interval whatever went wrong.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogSweepFailed(logger, ex.GetType().Name, ex.Message);
            }

            await Task.Delay(SweepInterval, timeProvider, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    [LoggerMessage(EventId = 1602, Level = LogLevel.Warning, Message = "Sweep of orphaned work failed ({ErrorType}: {Error}); trying again later")]
    private static partial void LogSweepFailed(ILogger logger, string errorType, string error);
}
