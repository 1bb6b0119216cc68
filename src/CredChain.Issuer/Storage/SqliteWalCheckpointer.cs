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
/// <para>
/// A PASSIVE checkpoint never resets the log: SQLite starts it over only when a writer begins while every frame has been
/// copied back. Uploads back to back always found the last one's checkpoint still running, and a 10,000,000-credential
/// load left a 10.5 GB log beside a 10.2 GB database file. Once the log holds more than
/// <see cref="StorageOptions.SqliteMaxLogPages"/> pages (about 1 GiB), the checkpoint is a TRUNCATE: it waits for the
/// writer of the moment to commit, holds the next one off while it copies the rest (about a second per 500,000
/// credentials) and empties the log. <c>journal_size_limit</c> keeps a log that was started over from staying at its
/// largest size.
/// </para>
/// </remarks>
internal sealed partial class SqliteWalCheckpointer(IOptions<StorageOptions> options, TimeProvider timeProvider, ILogger<SqliteWalCheckpointer> logger)
    : BackgroundService
{
    /// <summary>How often the log is checkpointed when nobody asks.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    // How long a TRUNCATE checkpoint waits for the writer of the moment (an upload commits within this).
    private const int TruncateBusyTimeoutMs = 120_000;

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
                await CheckpointOnItsOwnThreadAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await CheckpointOnItsOwnThreadAsync();
    }

    // A checkpoint is synchronous and a TRUNCATE may wait for an upload to commit: not on a thread-pool thread.
    private Task CheckpointOnItsOwnThreadAsync() =>
        Task.Factory.StartNew(() => Checkpoint(options.Value), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

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

    private void Checkpoint(StorageOptions storage)
    {
        try
        {
            // A connection of its own, never pooled: its busy timeout is not the service's.
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(storage.ConnectionString) { Pooling = false }.ToString());
            connection.Open();
            var (logged, _) = Checkpoint(connection, "PASSIVE");
            if (logged > storage.SqliteMaxLogPages)
            {
                using (var timeout = connection.CreateCommand())
                {
                    timeout.CommandText = $"PRAGMA busy_timeout={TruncateBusyTimeoutMs}";
                    timeout.ExecuteNonQuery();
                }

                Checkpoint(connection, "TRUNCATE");
            }
        }
        catch (SqliteException exception)
        {
            // The next round tries again; until then the log only grows.
            LogFailed(logger, exception);
        }
    }

    /// <summary>One checkpoint; returns the log's pages and how many of them are in the database file now.</summary>
    private (long Logged, long Checkpointed) Checkpoint(SqliteConnection connection, string mode)
    {
        var started = timeProvider.GetTimestamp();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode})";
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return (0, 0);
        }

        var (busy, logged, checkpointed, elapsed) = (reader.GetInt64(0) != 0, reader.GetInt64(1), reader.GetInt64(2), timeProvider.GetElapsedTime(started));
        if (checkpointed > 0 || mode != "PASSIVE")
        {
            LogCheckpointed(logger, mode, checkpointed, logged, busy, elapsed.TotalMilliseconds);
        }

        return (logged, checkpointed);
    }

    [LoggerMessage(EventId = 1901, Level = LogLevel.Debug, Message = "SQLite {Mode} checkpoint: {Checkpointed} of {Logged} log pages in the database file (busy: {Busy}; {ElapsedMs:0} ms)")]
    private static partial void LogCheckpointed(ILogger logger, string mode, long checkpointed, long logged, bool busy, double elapsedMs);

    [LoggerMessage(EventId = 1902, Level = LogLevel.Warning, Message = "SQLite checkpoint failed; retrying in the next round")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
