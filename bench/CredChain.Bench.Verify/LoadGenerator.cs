using System.Diagnostics;
using System.Net;
using System.Text;

namespace CredChain.Bench.Verify;

/// <summary>Closed-loop load: a fixed number of workers, each posting the credential again as soon as it has an answer.</summary>
internal sealed class LoadGenerator(Uri baseAddress, string credential, int concurrency)
{
    private readonly byte[] _body = Encoding.UTF8.GetBytes(credential);

    public async Task<LoadResult> RunAsync(TimeSpan duration)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var uri = new Uri("/api/v1/verify", UriKind.Relative);
        var stop = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<long>(capacity: 1 << 16);
            var statuses = new Dictionary<string, long>(StringComparer.Ordinal);
            long errors = 0;
            while (stop.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var content = new ByteArrayContent(_body);
                    content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
                    using var response = await client.PostAsync(uri, content);
                    var text = await response.Content.ReadAsStringAsync();
                    latencies.Add(Stopwatch.GetTimestamp() - started);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        errors++;
                        continue;
                    }

                    var status = StatusOf(text);
                    statuses[status] = statuses.GetValueOrDefault(status) + 1;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    errors++;
                }
            }

            return (latencies, statuses, errors);
        })).ToList();
        var results = await Task.WhenAll(workers);
        var elapsed = stop.Elapsed;
        var all = results.SelectMany(r => r.latencies).Order().ToArray();
        var statuses = results.SelectMany(r => r.statuses).GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.Sum(s => s.Value));
        return new LoadResult(
            all.Length,
            all.Length / elapsed.TotalSeconds,
            Percentile(all, 0.50),
            Percentile(all, 0.99),
            all.Length == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(0, all[^1]),
            results.Sum(r => r.errors),
            statuses);
    }

    private static TimeSpan Percentile(long[] sorted, double p) =>
        sorted.Length == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(0, sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(p * sorted.Length) - 1)]);

    private static string StatusOf(string json)
    {
        // The verdict starts with {"status":"..."}: read it without parsing the whole body on the hot path.
        const string marker = "\"status\":\"";
        var at = json.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? "?" : json[(at + marker.Length)..json.IndexOf('"', at + marker.Length)];
    }
}
