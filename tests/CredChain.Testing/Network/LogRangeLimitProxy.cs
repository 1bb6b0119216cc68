using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Numerics;
using System.Text;
using System.Text.Json.Nodes;

namespace CredChain.Testing.Network;

/// <summary>
/// A loopback HTTP JSON-RPC forwarder to a dev node that refuses <c>eth_getLogs</c> over more than
/// <see cref="MaxLogsRange"/> blocks the way Hyperledger Besu does (<c>--rpc-max-logs-range</c>: JSON-RPC error -32005
/// "Exceeds maximum RPC range limit"), which anvil never does. Every other request passes unchanged.
/// </summary>
public sealed class LogRangeLimitProxy : IAsyncDisposable
{
    /// <summary>Besu's error code and message for a range over the limit.</summary>
    public const int RangeLimitErrorCode = -32005;

    public const string RangeLimitMessage = "Exceeds maximum RPC range limit";

    private readonly Uri _target;
    private readonly HttpClient _upstream = new();
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _running = new();
    private int _refused;
    private long _widestServed;

    public LogRangeLimitProxy(Uri target, int maxLogsRange)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLogsRange);
        _target = target;
        MaxLogsRange = maxLogsRange;
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _ = AcceptAsync();
    }

    public int MaxLogsRange { get; }

    public Uri Url { get; }

    /// <summary><c>eth_getLogs</c> requests refused for their range so far.</summary>
    public int Refused => Volatile.Read(ref _refused);

    /// <summary>The most blocks one forwarded <c>eth_getLogs</c> covered so far.</summary>
    public long WidestServed => Interlocked.Read(ref _widestServed);

    private async Task AcceptAsync()
    {
        while (!_running.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(context));
        }
    }

    private async Task ServeAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync().ConfigureAwait(false);
            var answer = await RefusalAsync(JsonNode.Parse(body)).ConfigureAwait(false) ?? await ForwardAsync(body).ConfigureAwait(false);
            var bytes = Encoding.UTF8.GetBytes(answer);
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes, _running.Token).ConfigureAwait(false);
            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or HttpRequestException or ObjectDisposedException or OperationCanceledException or IOException)
        {
            context.Response.Abort();
        }
    }

    /// <summary>Besu's error when the request is one <c>eth_getLogs</c> over too many blocks; null to forward it.</summary>
    private async Task<string?> RefusalAsync(JsonNode? request)
    {
        if (request is not JsonObject call || (string?)call["method"] != "eth_getLogs" || call["params"]?[0] is not JsonObject filter || filter["blockHash"] is not null)
        {
            return null;
        }

        var from = await BlockAsync(filter["fromBlock"]).ConfigureAwait(false);
        var to = await BlockAsync(filter["toBlock"]).ConfigureAwait(false);
        var blocks = (long)(to - from + 1);
        if (blocks <= MaxLogsRange)
        {
            InterlockedMax(ref _widestServed, blocks);
            return null;
        }

        Interlocked.Increment(ref _refused);
        return new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["id"] = call["id"]?.DeepClone(),
            ["error"] = new JsonObject { ["code"] = RangeLimitErrorCode, ["message"] = RangeLimitMessage },
        }.ToJsonString();
    }

    private async Task<BigInteger> BlockAsync(JsonNode? block)
    {
        var text = (string?)block ?? "latest";
        if (text.StartsWith("0x", StringComparison.Ordinal))
        {
            return BigInteger.Parse("0" + text[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }

        if (text == "earliest")
        {
            return BigInteger.Zero;
        }

        var head = JsonNode.Parse(await ForwardAsync("""{"jsonrpc":"2.0","id":0,"method":"eth_blockNumber","params":[]}""").ConfigureAwait(false))!;
        return await BlockAsync(head["result"]).ConfigureAwait(false);
    }

    private async Task<string> ForwardAsync(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _upstream.PostAsync(_target, content, _running.Token).ConfigureAwait(false);
        return await response.Content.ReadAsStringAsync(_running.Token).ConfigureAwait(false);
    }

    private static void InterlockedMax(ref long location, long value)
    {
        var current = Interlocked.Read(ref location);
        while (value > current && Interlocked.CompareExchange(ref location, value, current) is var seen && seen != current)
        {
            current = seen;
        }
    }

    public ValueTask DisposeAsync()
    {
        _running.Cancel();
        _listener.Close();
        _upstream.Dispose();
        _running.Dispose();
        return ValueTask.CompletedTask;
    }
}
