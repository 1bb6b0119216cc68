using System.Diagnostics;

namespace CredChain.Bench.Cohort;

/// <summary>
/// The service's SQLite files as the benches read them: its database file and its write-ahead log. The service copies
/// the log into the file in the background (its checkpointer), so a bench that reports the file waits for that first.
/// </summary>
internal static class SqliteStoreFiles
{
    public const string Database = "issuer.db";
    public const string Log = "issuer.db-wal";

    /// <summary>The size of <paramref name="name"/> in <paramref name="directory"/>, 0 when it is not there.</summary>
    public static long Bytes(string directory, string name)
    {
        var file = new FileInfo(Path.Combine(directory, name));
        return file.Exists ? file.Length : 0;
    }

    /// <summary>
    /// Waits until the database file has not been written for <paramref name="quiet"/> (the background checkpoint has
    /// finished), at most <paramref name="limit"/>; returns how long after the call it was last written.
    /// </summary>
    public static async Task<TimeSpan> WaitUntilCheckpointedAsync(string directory, TimeSpan quiet, TimeSpan limit)
    {
        var file = Path.Combine(directory, Database);
        var clock = Stopwatch.StartNew();
        var (last, quietSince) = (File.GetLastWriteTimeUtc(file), TimeSpan.Zero);
        while (clock.Elapsed < limit && clock.Elapsed - quietSince < quiet)
        {
            await Task.Delay(200);
            var now = File.GetLastWriteTimeUtc(file);
            if (now != last)
            {
                (last, quietSince) = (now, clock.Elapsed);
            }
        }

        return quietSince;
    }
}
