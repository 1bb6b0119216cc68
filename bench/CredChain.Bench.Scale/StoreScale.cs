using System.Diagnostics;
using CredChain.Bench.Cohort;

namespace CredChain.Bench.Scale;

/// <summary>
/// The issuing service's store at national scale: the latencies of issuing one credential (POST until 202), reading an
/// anchored one with its proof (GET, from the newest batch and from any batch), and revoking one (POST until 202), first
/// on a store holding one small batch, then after <c>batches</c> × <c>perBatch</c> more credentials went in through the
/// bulk path (NDJSON uploads, each anchored before the next). SQLite by default; PostgreSQL with a connection string,
/// where the full store is measured twice: right after the load, while autovacuum works through it, and once it has
/// settled.
/// </summary>
internal static class StoreScale
{
    /// <summary>Rounds of each comparison: the large store and a fresh small one, measured alternately.</summary>
    private const int Rounds = 3;

    /// <summary>The longest the bench waits for PostgreSQL's maintenance to finish before measuring anyway.</summary>
    private static readonly TimeSpan SettleLimit = TimeSpan.FromMinutes(45);

    public static async Task RunAsync(int batches, int perBatch, string? server, bool keep)
    {
        var directory = Directory.CreateTempSubdirectory("credchain-scale-").FullName;
        var database = server is null ? null : await ScaleDatabase.CreateAsync(server);
        var chainDirectory = database is null ? null : Directory.CreateDirectory(KeptStore.DirectoryFor(database)).FullName;
        try
        {
            await using var bench = await BenchIssuer.StartAsync(directory, database, chainDirectory);
            Console.WriteLine($"Issuing service store: {batches} × {perBatch:N0} credentials through the bulk path, {(server is null ? "SQLite" : "PostgreSQL")}, {Environment.ProcessorCount} cores");
            var probe = new StoreProbe(bench.Client, [], nextRound: 0, Quiet(database));
            await probe.UploadAsync(1_000, first: 1);
            await probe.MeasureAsync(); // warm-up: the service's first requests run unoptimised code
            (await probe.MeasureAsync()).Print("store with 1,000 credentials", null);

            var clock = Stopwatch.StartNew();
            for (var b = 0; b < batches; b++)
            {
                await probe.UploadAsync(perBatch, first: 1_001 + b * perBatch);
                Console.WriteLine($"  batch {b + 1,3}/{batches}: {(long)(b + 1) * perBatch,12:N0} credentials stored and anchored after {clock.Elapsed.TotalSeconds,7:F0} s");
            }

            if (database is null)
            {
                // The service copies its write-ahead log into the database file in the background: measured while that
                // may still run, and again once the file has stopped changing.
                await MeasureTwiceAsync(probe, null, () => Task.FromResult(SqliteLog(directory)), () => SqliteStoreFiles.WaitUntilCheckpointedAsync(directory, TimeSpan.FromSeconds(10), SettleLimit));
                Console.WriteLine($"  SQLite file: {SqliteStoreFiles.Bytes(directory, SqliteStoreFiles.Database) / 1048576.0:N0} MiB, {SqliteLog(directory).Status}");
                return;
            }

            await KeptStore.SaveAsync(chainDirectory!, probe);
            await MeasureTwiceAsync(probe, server!, () => StoreMaintenance.SnapshotAsync(database), () => StoreMaintenance.WaitUntilSettledAsync(database, SettleLimit));
            await KeptStore.SaveAsync(chainDirectory!, probe);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
            await CleanUpAsync(database, chainDirectory, keep);
        }
    }

    /// <summary>Measures a store kept by an earlier <c>store … keep</c> run again, without loading anything.</summary>
    public static async Task RemeasureAsync(string name, string server, bool drop)
    {
        var database = ScaleDatabase.On(server, name);
        var chainDirectory = KeptStore.DirectoryFor(database);
        var (batchIds, nextRound) = await KeptStore.LoadAsync(chainDirectory);
        var directory = Directory.CreateTempSubdirectory("credchain-scale-").FullName;
        var measured = false;
        try
        {
            await using var bench = await BenchIssuer.StartAsync(directory, database, chainDirectory);
            Console.WriteLine($"Issuing service store: database {name} again, {batchIds.Count} batches, PostgreSQL, {Environment.ProcessorCount} cores");
            var probe = new StoreProbe(bench.Client, batchIds, nextRound, Quiet(database));
            await probe.MeasureAsync(); // warm-up: a fresh service, and its Merkle trees built again on first read
            await MeasureTwiceAsync(probe, server, () => StoreMaintenance.SnapshotAsync(database), () => StoreMaintenance.WaitUntilSettledAsync(database, SettleLimit));
            await KeptStore.SaveAsync(chainDirectory, probe);
            measured = true;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
            // A store that took half an hour to load is dropped only once it has been measured.
            await CleanUpAsync(database, chainDirectory, keep: !(drop && measured));
        }
    }

    /// <summary>
    /// Measures now (during the database's maintenance, if any: PostgreSQL's autovacuum, the service's SQLite checkpoint),
    /// waits until the store has settled, measures again.
    /// </summary>
    private static async Task MeasureTwiceAsync(StoreProbe probe, string? server, Func<Task<(bool Busy, string Status)>> snapshot, Func<Task<TimeSpan>> waitUntilSettled)
    {
        var (busy, status) = await snapshot();
        Console.WriteLine($"  maintenance now: {status}");
        var during = await CompareAsync(probe, server, busy ? "full store, during maintenance" : "full store, already settled");
        Console.WriteLine($"  maintenance after measuring: {(await snapshot()).Status}");
        var clock = Stopwatch.StartNew();
        var waited = await waitUntilSettled();
        Console.WriteLine($"  settled {waited.TotalSeconds:F0} s after the first measurement ended, {clock.Elapsed.TotalSeconds:F0} s with the quiet check");
        var settled = await CompareAsync(probe, server, "full store, settled");
        Console.WriteLine("  ratios to the fresh store, p50 / p99, during maintenance → settled:");
        Ratio("issue", during.Full.Issue, during.Small.Issue, settled.Full.Issue, settled.Small.Issue);
        Ratio("GET newest", during.Full.GetNewest, during.Small.GetNewest, settled.Full.GetNewest, settled.Small.GetNewest);
        Ratio("GET any", during.Full.GetAny, during.Small.GetAny, settled.Full.GetAny, settled.Small.GetAny);
        Ratio("revoke", during.Full.Revoke, during.Small.Revoke, settled.Full.Revoke, settled.Small.Revoke);

        static void Ratio(string what, (double P50, double P99) a, (double P50, double P99) aBase, (double P50, double P99) b, (double P50, double P99) bBase) =>
            Console.WriteLine($"    {what,-12} {a.P50 / aBase.P50,6:F2}x / {a.P99 / aBase.P99,6:F2}x  →  {b.P50 / bBase.P50,6:F2}x / {b.P99 / bBase.P99,6:F2}x");
    }

    /// <summary>
    /// The machine's load when the store is full is not what it was when it was small, so the store is compared with a
    /// fresh small store (its own service, dev node and database) measured alternately with it; both medians printed.
    /// </summary>
    private static async Task<(Latencies Full, Latencies Small)> CompareAsync(StoreProbe probe, string? server, string title)
    {
        var directory = Directory.CreateTempSubdirectory("credchain-scale-ref-").FullName;
        var database = server is null ? null : await ScaleDatabase.CreateAsync(server);
        try
        {
            await using var reference = await BenchIssuer.StartAsync(directory, database);
            var small = new StoreProbe(reference.Client, [], nextRound: 0, Quiet(database));
            await small.UploadAsync(1_000, first: 1);
            await small.MeasureAsync();
            var fullRounds = new List<Latencies>();
            var smallRounds = new List<Latencies>();
            for (var round = 0; round < Rounds; round++)
            {
                fullRounds.Add(await probe.MeasureAsync());
                smallRounds.Add(await small.MeasureAsync());
            }

            var (full, fresh) = (Latencies.Median(fullRounds), Latencies.Median(smallRounds));
            fresh.Print($"fresh store with 1,000 credentials, median of {Rounds} rounds alternating with the next line", null);
            full.Print($"{title}: {probe.BatchIds.Count} batches, median of {Rounds} rounds", fresh);
            return (full, fresh);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
            if (database is not null)
            {
                await ScaleDatabase.DropAsync(database);
            }
        }
    }

    private static Func<Task>? Quiet(string? database) => database is null ? null : () => StoreMaintenance.WaitForReadsAsync(database);

    private static async Task CleanUpAsync(string? database, string? chainDirectory, bool keep)
    {
        if (database is null)
        {
            return;
        }

        if (keep)
        {
            Console.WriteLine($"  kept: database {new Npgsql.NpgsqlConnectionStringBuilder(database).Database} and {chainDirectory}; measure again with `store-remeasure <database> postgres [drop]`");
            return;
        }

        await ScaleDatabase.DropAsync(database);
        Directory.Delete(chainDirectory!, recursive: true);
    }

    /// <summary>The SQLite log beside the store: busy while it holds pages not yet known to be in the database file.</summary>
    private static (bool Busy, string Status) SqliteLog(string directory)
    {
        var bytes = SqliteStoreFiles.Bytes(directory, SqliteStoreFiles.Log);
        return (bytes > 64L * 1024 * 1024, $"write-ahead log {bytes / 1048576.0:N0} MiB");
    }
}
