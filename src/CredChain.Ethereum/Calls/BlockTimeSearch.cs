using System.Numerics;
using CredChain.Ethereum.Transactions;
using Nethereum.Contracts;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace CredChain.Ethereum.Calls;

/// <summary>
/// Finds the blocks mined at a given time by binary search on block timestamps (which never decrease along the
/// chain): about 2·log2(n) <c>eth_getBlockByNumber</c> requests for a range of n blocks, e.g. 40 for a million.
/// </summary>
public sealed class BlockTimeSearch(IWeb3 web3, TransactionService transactions)
{
    /// <summary>
    /// The blocks of <paramref name="within"/> whose timestamp is <paramref name="time"/> (several blocks may share a
    /// second), or null when none is.
    /// </summary>
    public async Task<BlockRange?> BlocksAtAsync(DateTimeOffset time, BlockRange within, CancellationToken cancellationToken)
    {
        var seconds = time.ToUnixTimeSeconds();
        var first = await FirstAfterAsync(seconds - 1, within.From.Value, within.To.Value, cancellationToken).ConfigureAwait(false);
        var next = await FirstAfterAsync(seconds, first, within.To.Value, cancellationToken).ConfigureAwait(false);
        return next > first ? new BlockRange(first, next - 1) : null;
    }

    /// <summary>The first block of [<paramref name="from"/>, <paramref name="to"/>] whose timestamp exceeds <paramref name="seconds"/>; <paramref name="to"/> + 1 when none does.</summary>
    private async Task<BigInteger> FirstAfterAsync(long seconds, BigInteger from, BigInteger to, CancellationToken cancellationToken)
    {
        var low = from;
        var high = to + 1;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (await TimestampAsync(middle, cancellationToken).ConfigureAwait(false) > seconds)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    private async Task<long> TimestampAsync(BigInteger number, CancellationToken cancellationToken)
    {
        var block = await transactions.RpcAsync(
            web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(new BlockParameter(new HexBigInteger(number))), cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The node returned no block {number}.");
        return (long)block.Timestamp.Value;
    }
}
