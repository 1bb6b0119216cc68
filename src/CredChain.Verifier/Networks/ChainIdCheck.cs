using System.Collections.Concurrent;
using CredChain.Verifier.Hosting;
using Microsoft.Extensions.Options;
using Nethereum.Web3;

namespace CredChain.Verifier.Networks;

/// <summary>
/// At start, asks each network's RPC for its chain id and refuses to start on a mismatch: a portal pointed at the
/// wrong chain would call forged anchors valid. An RPC that cannot be reached is checked again before first use.
/// </summary>
internal sealed partial class ChainIdCheck(NetworkTrustList networks, IOptions<PortalOptions> options, ILogger<ChainIdCheck> logger) : IHostedService
{
    private readonly ConcurrentDictionary<string, bool> _confirmed = new(StringComparer.Ordinal);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAll(networks.All.Select(async network =>
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Value.StartupRpcTimeout);
            try
            {
                await EnsureAsync(network, timeout.Token);
            }
            catch (Exception ex) when (ex is not ChainIdMismatchException && !cancellationToken.IsCancellationRequested)
            {
                LogUnreachable(logger, network.Key, network.RpcUrl, ex);
            }
        }));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Confirms (once) that the network's RPC serves the configured chain; throws on a mismatch.</summary>
    public async Task EnsureAsync(TrustedNetwork network, CancellationToken cancellationToken)
    {
        if (_confirmed.ContainsKey(network.Key))
        {
            return;
        }

        var web3 = new Web3(network.RpcUrl.ToString());
        var actual = (long)(await web3.Eth.ChainId.SendRequestAsync().WaitAsync(cancellationToken)).Value;
        if (actual != network.ChainId)
        {
            LogMismatch(logger, network.Key, network.ChainId, actual);
            throw new ChainIdMismatchException(network.Key, network.ChainId, actual);
        }

        _confirmed[network.Key] = true;
        LogConfirmed(logger, network.Key, actual);
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Network {Network}: RPC serves chain id {ChainId} as configured")]
    private static partial void LogConfirmed(ILogger logger, string network, long chainId);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Critical, Message = "Network {Network}: configured chain id {Expected} but the RPC serves {Actual}; refusing to start")]
    private static partial void LogMismatch(ILogger logger, string network, long expected, long actual);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Network {Network}: RPC {RpcUrl} unreachable at start; its chain id is checked again before first use")]
    private static partial void LogUnreachable(ILogger logger, string network, Uri rpcUrl, Exception exception);
}
