using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace CredChain.Issuer.Storage;

/// <summary>
/// Copies committed pages from SQLite's write-ahead log into the database file, off the request path. Every connection
/// has <c>wal_autocheckpoint=0</c> (<see cref="SqlitePragmaInterceptor"/>), so no commit does it inline.
/// </summary>
/// <remarks>
/// SQLite's own auto-checkpoint runs inside whichever commit takes the log past 1,000 pages. After a 500,000-row
/// upload that was the upload's own commit: it copied ~480 MB back into the database file, 1.3–1.6 s, before the 202
/// went out. A checkpoint changes nothing about durability: a commit is on disk once the log is fsynced
/// (<c>synchronous=FULL</c>). This runs a PASSIVE checkpoint (it never waits for readers or writers) when an upload
/// asks for one (<see cref="Request"/>) and every <see cref="Interval"/> otherwise, and once more when the service
/// stops. With PostgreSQL it does nothing.
/// </remarks>
internal sealed partial class SqliteWalCheckpointer(IOptions<StorageOptions> options, TimeProvider timeProvider, ILogger<SqliteWalCheckpointer> logger)
    : BackgroundService
{
    /// <summary>How often the log is checkpointed when nobody asks.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Asks for a checkpoint soon (after a large commit); never blocks.</summary>
    public void Request() => _requests.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Provider != StorageProvider.Sqlite)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await WaitAsync(stoppingToken);
                Checkpoint(options.Value.ConnectionString);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        Checkpoint(options.Value.ConnectionString);
    }

    private async Task WaitAsync(CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(Interval);
        try
        {
            await _requests.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The interval passed without a request.
        }
    }

    private void Checkpoint(string connectionString)
    {
        var started = timeProvider.GetTimestamp();
        try
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                var (logged, checkpointed, elapsed) = (reader.GetInt64(1), reader.GetInt64(2), timeProvider.GetElapsedTime(started));
                if (checkpointed > 0)
                {
                    LogCheckpointed(logger, checkpointed, logged, elapsed.TotalMilliseconds);
                }
            }
        }
        catch (SqliteException exception)
        {
            // The next round tries again; until then the log only grows.
            LogFailed(logger, exception);
        }
    }

    [LoggerMessage(EventId = 1901, Level = LogLevel.Debug, Message = "SQLite checkpoint: {Checkpointed} of {Logged} log pages in the database file ({ElapsedMs:0} ms)")]
    private static partial void LogCheckpointed(ILogger logger, long checkpointed, long logged, double elapsedMs);

    [LoggerMessage(EventId = 1902, Level = LogLevel.Warning, Message = "SQLite checkpoint failed; retrying in the next round")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
