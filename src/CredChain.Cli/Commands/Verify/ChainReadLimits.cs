namespace CredChain.Cli.Commands.Verify;

/// <summary>How <c>verify --rpc</c> reads a node's logs.</summary>
/// <param name="MaxLogsRange">Most blocks per <c>eth_getLogs</c>: the node's limit (Besu's <c>rpc-max-logs-range</c>) or less.</param>
/// <param name="FromBlock">The registry's deployment block: no log search starts before it.</param>
internal sealed record ChainReadLimits(int MaxLogsRange, long FromBlock);
