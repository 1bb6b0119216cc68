using System.Numerics;
using Nethereum.Contracts;

namespace CredChain.Ethereum.Calls;

/// <summary>
/// Splits a block range into the consecutive <c>eth_getLogs</c> ranges a node accepts (Besu refuses more than
/// <c>--rpc-max-logs-range</c> blocks, 1000 by default, in one request).
/// </summary>
public static class LogRanges
{
    /// <summary>The chunks of at most <paramref name="maxBlocks"/> blocks covering <paramref name="range"/>, oldest first; none when it is empty.</summary>
    public static IEnumerable<BlockRange> Oldest(BlockRange range, int maxBlocks)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBlocks);
        for (var from = range.From.Value; from <= range.To.Value; from += maxBlocks)
        {
            yield return new BlockRange(from, BigInteger.Min(range.To.Value, from + maxBlocks - 1));
        }
    }

    /// <summary>The chunks of at most <paramref name="maxBlocks"/> blocks covering <paramref name="range"/>, newest first.</summary>
    public static IEnumerable<BlockRange> Newest(BlockRange range, int maxBlocks)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBlocks);
        for (var to = range.To.Value; to >= range.From.Value; to -= maxBlocks)
        {
            yield return new BlockRange(BigInteger.Max(range.From.Value, to - maxBlocks + 1), to);
        }
    }
}
