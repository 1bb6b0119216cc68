using Microsoft.Extensions.Options;

namespace CredChain.Verifier.Shares;

/// <summary>
/// Opens the share store (connects and brings its schema up to date) once, off the start path: the portal listens and
/// verifies without waiting for EF Core's start. The store opens on the first request that needs it
/// (<see cref="ShareStoreGate"/>) or <see cref="ShareOptions.OpenDelay"/> after start, whichever comes first. Nothing
/// reads or writes the store before it is open; a failed open is logged and tried again by the next request and here,
/// at growing intervals.
/// </summary>
internal sealed partial class ShareStoreReadiness(
    ShareStoreInitializer initializer, IOptions<ShareOptions> options, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<ShareStoreReadiness> logger)
    : BackgroundService
{
    private static readonly TimeSpan MaxRetryInterval = TimeSpan.FromMinutes(5);

    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _open;

    /// <summary>Completes once the store is open and migrated; waiting for it never starts the opening.</summary>
    public Task Opened => _opened.Task;

    /// <summary>
    /// Starts opening the store unless it is open or opening, and waits for it at most <paramref name="timeout"/>:
    /// throws when opening failed, <see cref="TimeoutException"/> when it takes longer (the opening carries on).
    /// </summary>
    public Task EnsureOpenAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_opened.Task.IsCompletedSuccessfully)
        {
            return Task.CompletedTask;
        }

        Task open;
        lock (_gate)
        {
            if (_open is null || _open.IsFaulted || _open.IsCanceled)
            {
                _open = Task.Run(OpenAsync, CancellationToken.None);
            }

            open = _open;
        }

        return open.WaitAsync(timeout, time, cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.WhenAny(Task.Delay(options.Value.OpenDelay, time, stoppingToken), Opened);
        for (var retry = TimeSpan.FromSeconds(5); !stoppingToken.IsCancellationRequested; retry = Min(retry * 2, MaxRetryInterval))
        {
            try
            {
                await EnsureOpenAsync(Timeout.InfiniteTimeSpan, stoppingToken);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Logged where it failed (OpenAsync); try again later.
            }

            await Task.WhenAny(Task.Delay(retry, time, stoppingToken), Opened);
        }
    }

    private async Task OpenAsync()
    {
        try
        {
            await initializer.InitializeAsync(lifetime.ApplicationStopping);
            _opened.TrySetResult();
            LogOpened(logger);
        }
        catch (Exception ex) when (!lifetime.ApplicationStopping.IsCancellationRequested)
        {
            LogOpenFailed(logger, ex);
            throw;
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    [LoggerMessage(EventId = 2302, Level = LogLevel.Information, Message = "Share store open and up to date")]
    private static partial void LogOpened(ILogger logger);

    [LoggerMessage(EventId = 2303, Level = LogLevel.Error, Message = "Share store could not be opened; share requests answer 503 until it opens")]
    private static partial void LogOpenFailed(ILogger logger, Exception exception);
}
