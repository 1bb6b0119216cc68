using Nethereum.Hex.HexTypes;
using Nethereum.Web3;

namespace CredChain.Testing.Chain;

/// <summary>Mining many empty blocks on the dev node, the one way every test does it.</summary>
public static class Mining
{
    /// <summary>Blocks per <c>anvil_mine</c> call: one call mining a thousand blocks can outlast the RPC timeout on a loaded machine.</summary>
    private const int Step = 100;

    /// <summary>Mines <paramref name="blocks"/> blocks in steps, <paramref name="intervalSeconds"/> apart when given (0: sharing one second, as several QBFT blocks may).</summary>
    public static async Task MineAsync(this IWeb3 web3, int blocks, int? intervalSeconds = null)
    {
        ArgumentNullException.ThrowIfNull(web3);
        for (var left = blocks; left > 0; left -= Step)
        {
            var count = new HexBigInteger(Math.Min(left, Step));
            if (intervalSeconds is { } interval)
            {
                await web3.Client.SendRequestAsync("anvil_mine", null, count, new HexBigInteger(interval)).ConfigureAwait(false);
            }
            else
            {
                await web3.Client.SendRequestAsync("anvil_mine", null, count).ConfigureAwait(false);
            }
        }
    }
}
