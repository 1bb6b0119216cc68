using CredChain.Issuer.Accounts;
using Microsoft.Extensions.Options;

namespace CredChain.Issuer.Anchoring;

/// <summary>
/// The worker's loop for one issuer account: one chain operation at a time (nonces are per account), its own backoff.
/// A transient error (RPC down, timeout, nonce race, database error) delays only this account, exponentially up to
/// MaxBackoff on the injected clock; the other accounts' lanes keep going.
/// </summary>
internal sealed partial class AccountLane(
    IssuerAccount account,
    LaneRound round,
    AnchoringSignal signal,
    ChainStatus status,
    IOptions<AnchoringOptions> options,
    TimeProvider timeProvider,
    ILogger<AccountLane> logger)
{
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var backoff = options.Value.InitialBackoff;
        var preferRevocation = false;
        var failing = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = signal.Next;
            LaneStep step;
            try
            {
                step = await round.RunAsync(account, preferRevocation, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A lane must survive any failure of the chain or the database and retry.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failing = true;
                status.Failed($"{account.Address}: {ex.GetType().Name}: {ex.Message}");
                LogFailed(logger, account.Address, ex.GetType().Name, ex.Message, backoff.TotalMilliseconds);
                await DelayAsync(backoff, stoppingToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, options.Value.MaxBackoff.Ticks));
                continue;
            }

            if (step.Worked || failing)
            {
                status.Succeeded(timeProvider.GetUtcNow());
                failing = false;
            }

            backoff = options.Value.InitialBackoff;
            preferRevocation = step.PreferRevocation;
            if (step.Wait > TimeSpan.Zero)
            {
                await AnchoringSignal.WaitAsync(next, step.Wait, timeProvider, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private Task DelayAsync(TimeSpan delay, CancellationToken stoppingToken) =>
        Task.Delay(delay, timeProvider, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);

    [LoggerMessage(EventId = 1601, Level = LogLevel.Warning, Message = "Anchoring round for {Account} failed ({ErrorType}: {Error}); retrying in {DelayMs} ms")]
    private static partial void LogFailed(ILogger logger, string account, string errorType, string error, double delayMs);
}
