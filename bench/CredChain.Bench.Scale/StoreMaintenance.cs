using System.Diagnostics;
using System.Globalization;
using System.Text;
using Npgsql;

namespace CredChain.Bench.Scale;

/// <summary>
/// PostgreSQL's own maintenance of a bench database after a bulk load: autovacuum workers at work on it, and, per
/// table, whether the inserts, changes and dead rows since the last (auto)vacuum and (auto)analyze are past the
/// thresholds that make autovacuum start another one (the server's settings, or the table's storage parameters).
/// </summary>
internal static class StoreMaintenance
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);

    /// <summary>How long the store must stay quiet before it counts as settled (the counters reach the statistics late).</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(30);

    // Without pg_read_all_stats another role's session shows only its database: an autovacuum worker is the session
    // there without a role (a client backend always has one); its table and progress show only with that privilege.
    private const string WorkersSql = """
        SELECT count(*)::text || ' worker(s)' || coalesce(': ' || string_agg(p.relid::regclass::text || ' ' || p.phase
               || coalesce(' ' || round(100.0 * p.heap_blks_scanned / nullif(p.heap_blks_total, 0)) || '%', ''), ', '), '')
          FROM pg_stat_activity a LEFT JOIN pg_stat_progress_vacuum p ON p.pid = a.pid
         WHERE a.datname = current_database() AND (a.backend_type = 'autovacuum worker' OR a.usesysid IS NULL)
        HAVING count(*) > 0
        """;

    // The thresholds autovacuum applies (relation_needs_vacanalyze): threshold + scale factor × reltuples, each from the
    // table's storage parameter when it has one.
    private static readonly string TablesSql = $"""
        SELECT s.schemaname || '.' || s.relname,
               n_ins_since_vacuum > {Threshold("autovacuum_vacuum_insert")} OR n_dead_tup > {Threshold("autovacuum_vacuum")},
               n_mod_since_analyze > {Threshold("autovacuum_analyze")},
               n_ins_since_vacuum, n_mod_since_analyze, to_char(last_autovacuum, 'HH24:MI:SS'), to_char(last_autoanalyze, 'HH24:MI:SS')
          FROM pg_stat_all_tables s JOIN pg_class c ON c.oid = s.relid
         WHERE s.schemaname NOT IN ('pg_catalog', 'information_schema') AND (c.reltuples > 10000 OR s.n_live_tup > 10000)
         ORDER BY s.relname
        """;

    /// <summary>One line on what autovacuum is doing and still owes the database; <c>Busy</c> when it is not quiet.</summary>
    public static async Task<(bool Busy, string Status)> SnapshotAsync(string database)
    {
        await using var connection = await ScaleDatabase.OpenAsync(database);
        string workers;
        await using (var query = new NpgsqlCommand(WorkersSql, connection))
        {
            workers = await query.ExecuteScalarAsync() as string ?? "";
        }

        var status = new StringBuilder(workers.Length == 0 ? "no autovacuum worker" : $"autovacuum: {workers}");
        var busy = workers.Length > 0;
        await using var command = new NpgsqlCommand(TablesSql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var (vacuumDue, analyzeDue) = (reader.GetBoolean(1), reader.GetBoolean(2));
            busy |= vacuumDue || analyzeDue;
            status.Append(CultureInfo.InvariantCulture,
                $"; {reader.GetString(0)}: {reader.GetInt64(3):N0} inserted since vacuum{(vacuumDue ? " (vacuum due)" : "")}, {reader.GetInt64(4):N0} changed since analyze{(analyzeDue ? " (analyze due)" : "")}, last autovacuum {Time(reader, 5)}, autoanalyze {Time(reader, 6)}");
        }

        return (busy, status.ToString());

        static string Time(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? "never" : reader.GetString(column);
    }

    private static string Threshold(string setting) =>
        $"(coalesce({Option(setting + "_threshold")}, current_setting('{setting}_threshold')::float8)" +
        $" + coalesce({Option(setting + "_scale_factor")}, current_setting('{setting}_scale_factor')::float8) * greatest(c.reltuples, 0))";

    private static string Option(string name) =>
        $"(SELECT split_part(x, '=', 2)::float8 FROM unnest(c.reloptions) x WHERE split_part(x, '=', 1) = '{name}')";

    /// <summary>
    /// Waits (up to a minute) until none of the service's sessions on the database is still reading documents, e.g. a
    /// batch listing the bench stopped reading after its first lines; prints the wait when it is noticeable.
    /// </summary>
    public static async Task WaitForReadsAsync(string database)
    {
        const string Sql = "SELECT count(*)::int FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' " +
            "AND pid <> pg_backend_pid() AND usesysid IS NOT NULL AND query LIKE 'SELECT%credential_documents%'";
        var clock = Stopwatch.StartNew();
        await using var connection = await ScaleDatabase.OpenAsync(database);
        await using var command = new NpgsqlCommand(Sql, connection);
        while ((int)(await command.ExecuteScalarAsync())! > 0 && clock.Elapsed < TimeSpan.FromMinutes(1))
        {
            await Task.Delay(250);
        }

        if (clock.Elapsed > TimeSpan.FromSeconds(1))
        {
            Console.WriteLine($"    (waited {clock.Elapsed.TotalSeconds:F1} s for the listings' queries to end before timing)");
        }
    }

    /// <summary>Waits until no autovacuum works on the database and none is due, for <see cref="Quiet"/> in a row; prints progress, returns the wait.</summary>
    public static async Task<TimeSpan> WaitUntilSettledAsync(string database, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        var quietSince = TimeSpan.Zero;
        var printed = TimeSpan.FromDays(-1);
        while (true)
        {
            var (busy, status) = await SnapshotAsync(database);
            if (busy)
            {
                quietSince = clock.Elapsed;
            }

            if (clock.Elapsed - printed >= TimeSpan.FromSeconds(30) || (!busy && clock.Elapsed - quietSince >= Quiet))
            {
                Console.WriteLine($"    settling, {clock.Elapsed.TotalSeconds,5:F0} s: {status}");
                printed = clock.Elapsed;
            }

            if (!busy && clock.Elapsed - quietSince >= Quiet)
            {
                return quietSince;
            }

            if (clock.Elapsed > limit)
            {
                Console.WriteLine($"    not settled after {limit.TotalMinutes:F0} min: measuring anyway");
                return clock.Elapsed;
            }

            await Task.Delay(Poll);
        }
    }
}
