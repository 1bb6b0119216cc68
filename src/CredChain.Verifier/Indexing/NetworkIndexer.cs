using System.Numerics;
using CredChain.Verifier.Networks;
using Microsoft.Extensions.Options;
using Nethereum.Contracts;

namespace CredChain.Verifier.Indexing;

/// <summary>
/// Follows every trusted network's registry and governance events from the deployment block on. A range is applied
/// only once all its events and block times were read, and the next range starts right after it, so an RPC that goes
/// away and comes back leaves no gap and no duplicate: the indexer retries the same range with a growing delay.
/// </summary>
internal sealed partial class NetworkIndexer(
    NetworkIndexes indexes, ChainIdCheck chainIds, TimeProvider time, IOptions<IndexOptions> options, ILogger<NetworkIndexer> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.Enabled
            ? Task.WhenAll(indexes.All.Select(index => FollowAsync(index, stoppingToken)))
            : Task.CompletedTask;

    private async Task FollowAsync(NetworkIndex index, CancellationToken stoppingToken)
    {
        var o = options.Value;
        var chain = indexes.Chain(index.Network);
        var delay = o.RetryDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await chainIds.EnsureAsync(index.Network, stoppingToken);
                var caughtUp = await StepAsync(index, chain, o.MaxBlockRange, stoppingToken);
                delay = o.RetryDelay;
                if (caughtUp)
                {
                    await Task.Delay(o.PollInterval, time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (ChainIdMismatchException)
            {
                // Never index a chain that is not the configured one; the log says why (ChainIdCheck logged it).
                return;
            }
            catch (Exception ex)
            {
                LogRpcFailed(logger, index.Network.Key, index.NextBlock, delay, ex);
                await Task.Delay(delay, time, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, o.MaxRetryDelay.Ticks));
            }
        }
    }

    /// <summary>Reads and applies the next range; true when the index reached the head.</summary>
    internal async Task<bool> StepAsync(NetworkIndex index, NetworkChain chain, int maxRange, CancellationToken cancellationToken)
    {
        var head = await chain.GetHeadAsync(cancellationToken);
        var from = index.NextBlock;
        if (from > head)
        {
            index.MarkSynced(time.GetUtcNow());
            return true;
        }

        var to = Math.Min(head, from + maxRange - 1);
        var range = new BlockRange(new BigInteger(from), new BigInteger(to));
        var anchored = chain.Registry.GetRootAnchoredEventsAsync(range, cancellationToken);
        var revoked = chain.Registry.GetCredentialRevokedEventsAsync(range, cancellationToken);
        var batches = chain.Registry.GetBatchRevokedEventsAsync(range, cancellationToken);
        var accredited = chain.Governance.GetAccreditedEventsAsync(range, cancellationToken);
        var suspended = chain.Governance.GetSuspendedEventsAsync(range, cancellationToken);
        var reinstated = chain.Governance.GetReinstatedEventsAsync(range, cancellationToken);
        var compromised = chain.Governance.GetKeyCompromisedEventsAsync(range, cancellationToken);
        var last = chain.GetBlockAsync(to, cancellationToken);
        await Task.WhenAll(anchored, revoked, batches, accredited, suspended, reinstated, compromised, last);

        // Governance events carry no time; the accreditation history needs the block time of each.
        var blocks = (await accredited).Select(e => e.BlockNumber)
            .Concat((await suspended).Select(e => e.BlockNumber))
            .Concat((await reinstated).Select(e => e.BlockNumber))
            .Distinct()
            .ToList();
        var times = new Dictionary<ulong, DateTimeOffset>();
        foreach (var block in blocks)
        {
            times[block] = (await chain.GetBlockAsync((long)block, cancellationToken)).Timestamp;
        }

        var batch = new IndexBatch(
            from, to, (await last).Timestamp, await anchored, await revoked, await batches, await accredited, await suspended, await reinstated, await compromised, times);
        index.Apply(batch);
        LogIndexed(
            logger, index.Network.Key, from, to, batch.Anchored.Count, batch.CredentialsRevoked.Count + batch.BatchesRevoked.Count,
            batch.Accredited.Count + batch.Suspended.Count + batch.Reinstated.Count + batch.Compromised.Count);
        if (to == head)
        {
            index.MarkSynced(time.GetUtcNow());
            return true;
        }

        return false;
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Network {Network}: indexed blocks {From}-{To}: {Anchors} anchors, {Revocations} revocations, {Governance} governance events")]
    private static partial void LogIndexed(ILogger logger, string network, long from, long to, int anchors, int revocations, int governance);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Network {Network}: reading from block {Block} failed; retrying in {Delay}")]
    private static partial void LogRpcFailed(ILogger logger, string network, long block, TimeSpan delay, Exception exception);
}
