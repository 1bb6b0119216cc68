using System.Net;
using System.Net.Sockets;

namespace CredChain.Testing.Network;

/// <summary>
/// A loopback TCP forwarder that can be cut and restored on the same port: an RPC node (the portal's, or the relay's member node) that
/// goes away and comes back, while the node itself keeps producing blocks.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly Uri _target;
    private readonly List<TcpClient> _connections = [];
    private readonly Lock _lock = new();
    private TcpListener? _listener;
    private CancellationTokenSource? _running;

    public TcpProxy(Uri target)
    {
        _target = target;
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port}/");

    public void Start()
    {
        _running = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        _ = AcceptAsync(_listener, _running.Token);
    }

    /// <summary>Closes the port and every open connection.</summary>
    public void Stop()
    {
        _running?.Cancel();
        _listener?.Stop();
        lock (_lock)
        {
            foreach (var connection in _connections)
            {
                connection.Dispose();
            }

            _connections.Clear();
        }
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var upstream = new TcpClient();
            try
            {
                await upstream.ConnectAsync(_target.Host, _target.Port, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException)
            {
                client.Dispose();
                upstream.Dispose();
                continue;
            }

            lock (_lock)
            {
                _connections.Add(client);
                _connections.Add(upstream);
            }

            _ = PumpAsync(client, upstream, cancellationToken);
            _ = PumpAsync(upstream, client, cancellationToken);
        }
    }

    private static async Task PumpAsync(TcpClient from, TcpClient to, CancellationToken cancellationToken)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException or InvalidOperationException or SocketException)
        {
            // The other side or Stop() closed the connection.
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        _running?.Dispose();
        return ValueTask.CompletedTask;
    }
}
