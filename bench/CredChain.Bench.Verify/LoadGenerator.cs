using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace CredChain.Bench.Verify;

/// <summary>
/// Closed-loop load: a fixed number of workers, each posting the credential again as soon as it has an answer.
/// It shares the cores with the portal, so it is kept cheap: one body array for every request, each worker reads the
/// response into its own reused buffer and only compares the verdict's leading status bytes; every response must
/// still be a 200 whose status is <c>expectedStatus</c>, and every request's latency is recorded.
/// </summary>
internal sealed class LoadGenerator(Uri baseAddress, byte[] body, string expectedStatus, int concurrency)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    /// <summary>Where bytes beyond the kept prefix go; never read.</summary>
    private static readonly Memory<byte> Drain = new byte[16 * 1024];

    // The verdict is written with its status first: {"status":"valid",...
    private readonly byte[] _expectedPrefix = Encoding.UTF8.GetBytes($"{{\"status\":\"{expectedStatus}\",");

    public async Task<LoadResult> RunAsync(TimeSpan duration)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = concurrency,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            ActivityHeadersPropagator = null,
            AllowAutoRedirect = false,
        };

        // One deadline for the whole run instead of HttpClient's per-request timeout, which costs a timer per request.
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };
        using var deadline = new CancellationTokenSource(duration + TimeSpan.FromSeconds(10));
        var uri = new Uri(baseAddress, "/api/v1/verify");
        var stop = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(() => WorkAsync(client, uri, stop, duration, deadline.Token))).ToList();
        var results = await Task.WhenAll(workers);
        var elapsed = stop.Elapsed;
        var all = results.SelectMany(r => r.Latencies).Order().ToArray();
        var statuses = results.SelectMany(r => r.Statuses).GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.Sum(s => s.Value));
        return new LoadResult(
            all.Length,
            all.Length / elapsed.TotalSeconds,
            Percentile(all, 0.50),
            Percentile(all, 0.99),
            all.Length == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(0, all[^1]),
            results.Sum(r => r.Errors),
            statuses);
    }

    private async Task<(List<long> Latencies, Dictionary<string, long> Statuses, long Errors)> WorkAsync(
        HttpClient client, Uri uri, Stopwatch stop, TimeSpan duration, CancellationToken deadline)
    {
        var latencies = new List<long>(capacity: 1 << 16);
        var statuses = new Dictionary<string, long>(StringComparer.Ordinal);
        var buffer = new byte[64 * 1024];
        long errors = 0;
        long expected = 0;
        while (stop.Elapsed < duration)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = Json;
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline);
                var length = await ReadAllAsync(await response.Content.ReadAsStreamAsync(deadline), buffer, deadline);
                latencies.Add(Stopwatch.GetTimestamp() - started);
                var received = buffer.AsSpan(0, length);
                if (response.StatusCode == HttpStatusCode.OK && received.StartsWith(_expectedPrefix))
                {
                    expected++;
                }
                else
                {
                    errors++;
                    var status = response.StatusCode == HttpStatusCode.OK ? StatusOf(received) : $"HTTP {(int)response.StatusCode}";
                    statuses[status] = statuses.GetValueOrDefault(status) + 1;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
            {
                errors++;
            }
        }

        statuses[expectedStatus] = expected;
        return (latencies, statuses, errors);
    }

    /// <summary>Reads the whole response; only its first <paramref name="buffer"/>-length bytes are kept (a verdict is about 5 KB).</summary>
    private static async Task<int> ReadAllAsync(Stream stream, byte[] buffer, CancellationToken cancellationToken)
    {
        var length = 0;
        int read;
        while ((read = await stream.ReadAsync(length < buffer.Length ? buffer.AsMemory(length) : Drain, cancellationToken)) > 0)
        {
            length = Math.Min(buffer.Length, length + read);
        }

        return length;
    }

    private static TimeSpan Percentile(long[] sorted, double p) =>
        sorted.Length == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(0, sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(p * sorted.Length) - 1)]);

    private static string StatusOf(ReadOnlySpan<byte> json)
    {
        var text = Encoding.UTF8.GetString(json);
        const string marker = "\"status\":\"";
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        var end = at < 0 ? -1 : text.IndexOf('"', at + marker.Length);
        return end < 0 ? "?" : text[(at + marker.Length)..end];
    }
}
