using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CredChain.Bench.Cohort;

namespace CredChain.Bench.Scale;

/// <summary>
/// The issuing service's store at national scale: the latencies of issuing one credential (POST until 202), reading an
/// anchored one with its proof (GET, from the newest batch and from any batch), and revoking one (POST until 202), first
/// on a store holding one small batch, then after <c>batches</c> × <c>perBatch</c> more credentials went in through the
/// bulk path (NDJSON uploads, each anchored before the next). SQLite by default; PostgreSQL with a connection string.
/// </summary>
internal static class StoreScale
{
    private const int Samples = 200;

    /// <summary>Rounds of the final comparison: the large store and a fresh small one, measured alternately.</summary>
    private const int Rounds = 3;

    public static async Task RunAsync(int batches, int perBatch, string? postgres)
    {
        var directory = Directory.CreateTempSubdirectory("credchain-scale-").FullName;
        var referenceDirectory = Directory.CreateTempSubdirectory("credchain-scale-ref-").FullName;
        var database = postgres is null ? null : await ScaleDatabase.CreateAsync(postgres);
        var referenceDatabase = postgres is null ? null : await ScaleDatabase.CreateAsync(postgres);
        try
        {
            await using var bench = await BenchIssuer.StartAsync(directory, database);
            Console.WriteLine($"Issuing service store: {batches} × {perBatch:N0} credentials through the bulk path, {(postgres is null ? "SQLite" : "PostgreSQL")}, {Environment.ProcessorCount} cores");
            var batchIds = new List<Guid> { await UploadAsync(bench.Client, 1_000, first: 1) };
            await MeasureAsync(bench.Client, batchIds, round: 0); // warm-up: the service's first requests run unoptimised code
            var empty = await MeasureAsync(bench.Client, batchIds, round: 1);
            Print("store with 1,000 credentials", empty, null);

            var clock = Stopwatch.StartNew();
            for (var b = 0; b < batches; b++)
            {
                batchIds.Add(await UploadAsync(bench.Client, perBatch, first: 1_001 + b * perBatch));
                Console.WriteLine($"  batch {b + 1,3}/{batches}: {(long)(b + 1) * perBatch,12:N0} credentials stored and anchored after {clock.Elapsed.TotalSeconds,7:F0} s");
            }

            // The machine's load when the store is full is not what it was when it was small, so the verdict compares the
            // full store against a second, fresh small store (its own service and dev node) measured alternately with it.
            await using var reference = await BenchIssuer.StartAsync(referenceDirectory, referenceDatabase);
            var referenceBatches = new List<Guid> { await UploadAsync(reference.Client, 1_000, first: 1) };
            await MeasureAsync(reference.Client, referenceBatches, round: 0);
            var full = new List<Latencies>();
            var small = new List<Latencies>();
            for (var round = 0; round < Rounds; round++)
            {
                full.Add(await MeasureAsync(bench.Client, batchIds, round: 2 + round));
                small.Add(await MeasureAsync(reference.Client, referenceBatches, round: 1 + round));
            }

            Print($"fresh store with 1,000 credentials, median of {Rounds} rounds alternating with the next line", Latencies.Median(small), null);
            Print($"store with {1_000 + (long)batches * perBatch:N0} credentials, median of {Rounds} rounds", Latencies.Median(full), Latencies.Median(small));
            if (postgres is null)
            {
                Console.WriteLine($"  SQLite file: {new FileInfo(Path.Combine(directory, "issuer.db")).Length / 1048576.0:N0} MiB");
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
            Directory.Delete(referenceDirectory, recursive: true);
            foreach (var name in new[] { database, referenceDatabase })
            {
                if (name is not null)
                {
                    await ScaleDatabase.DropAsync(name);
                }
            }
        }
    }

    private static async Task<Guid> UploadAsync(HttpClient client, int count, int first)
    {
        var upload = await client.PostAsync("/api/v1/batches", new CohortContent(count, first));
        var body = await upload.Content.ReadAsStringAsync();
        if (!upload.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Upload failed: {(int)upload.StatusCode} {body}");
        }

        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
        while ((await client.GetFromJsonAsync<JsonElement>($"/api/v1/batches/{id}")).GetProperty("state").GetString() != "anchored")
        {
            await Task.Delay(100);
        }

        return id;
    }

    private static async Task<Latencies> MeasureAsync(HttpClient client, List<Guid> batchIds, int round)
    {
        // Credentials to read and revoke, sampled from every batch's listing (the first lines of each); each round
        // revokes credentials no earlier round revoked.
        var newest = await SampleAsync(client, batchIds[^1], Samples * (2 + round));
        var revokeFrom = Samples * (1 + round);
        var spread = new List<Guid>();
        foreach (var batch in batchIds)
        {
            spread.AddRange(await SampleAsync(client, batch, Math.Max(1, Samples / batchIds.Count)));
        }

        var issue = await TimeAsync(Samples, i => client.PostAsync("/api/v1/credentials", new StringContent(CohortContent.Row(900_000_000 + (round * Samples) + i), Encoding.UTF8, "application/json")));
        var getNewest = await TimeAsync(Samples, i => client.GetAsync($"/api/v1/credentials/{newest[i]}"));
        var getAny = await TimeAsync(spread.Count, i => client.GetAsync($"/api/v1/credentials/{spread[i]}"));
        var revoke = await TimeAsync(Samples, i => client.PostAsync($"/api/v1/credentials/{newest[revokeFrom + i]}/revoke", JsonContent.Create(new { reason = 1 })));
        return new Latencies(issue, getNewest, getAny, revoke);
    }

    private static async Task<List<Guid>> SampleAsync(HttpClient client, Guid batch, int count)
    {
        var ids = new List<Guid>();
        await using var stream = await client.GetStreamAsync($"/api/v1/batches/{batch}/credentials");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (ids.Count < count && await reader.ReadLineAsync() is { } line)
        {
            ids.Add(Guid.Parse(JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!["urn:uuid:".Length..]));
        }

        return ids;
    }

    private static async Task<(double P50, double P99)> TimeAsync(int count, Func<int, Task<HttpResponseMessage>> call)
    {
        var samples = new double[count];
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await call(i);
            samples[i] = clock.Elapsed.TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        Array.Sort(samples);
        return (samples[count / 2], samples[Math.Min(count - 1, (int)(count * 0.99))]);
    }

    private static void Print(string title, Latencies now, Latencies? baseline)
    {
        Console.WriteLine($"  {title} (load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}):");
        Line("issue one credential (202)", now.Issue, baseline?.Issue);
        Line("GET with proof, newest batch", now.GetNewest, baseline?.GetNewest);
        Line("GET with proof, any batch", now.GetAny, baseline?.GetAny);
        Line("revoke one credential (202)", now.Revoke, baseline?.Revoke);

        static void Line(string what, (double P50, double P99) value, (double P50, double P99)? before) =>
            Console.WriteLine($"    {what,-30} p50 {value.P50,8:F2} ms  p99 {value.P99,8:F2} ms" +
                (before is { } b ? $"  ({value.P50 / b.P50:F2}x / {value.P99 / b.P99:F2}x the small store)" : ""));
    }

    private sealed record Latencies((double P50, double P99) Issue, (double P50, double P99) GetNewest, (double P50, double P99) GetAny, (double P50, double P99) Revoke)
    {
        /// <summary>Each figure's median over rounds.</summary>
        public static Latencies Median(IReadOnlyList<Latencies> rounds) => new(
            Of(rounds.Select(r => r.Issue)), Of(rounds.Select(r => r.GetNewest)), Of(rounds.Select(r => r.GetAny)), Of(rounds.Select(r => r.Revoke)));

        private static (double P50, double P99) Of(IEnumerable<(double P50, double P99)> values)
        {
            var list = values.ToList();
            return (list.Select(v => v.P50).Order().ElementAt(list.Count / 2), list.Select(v => v.P99).Order().ElementAt(list.Count / 2));
        }
    }
}
