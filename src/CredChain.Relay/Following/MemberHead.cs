using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace CredChain.Relay.Following;

/// <summary>Reads a member network's head and block headers, each request bounded in time.</summary>
internal sealed class MemberHead(IWeb3 web3, TimeSpan requestTimeout)
{
    public async Task<ulong> GetHeadAsync(CancellationToken cancellationToken)
    {
        var number = await web3.Eth.Blocks.GetBlockNumber.SendRequestAsync().WaitAsync(requestTimeout, cancellationToken);
        return (ulong)number.Value;
    }

    /// <summary>The hash (0x-hex) and timestamp (Unix seconds) of block <paramref name="number"/>, or null when the node has no such block.</summary>
    public async Task<(string Hash, ulong Timestamp)?> GetBlockAsync(ulong number, CancellationToken cancellationToken)
    {
        var block = await web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber
            .SendRequestAsync(new BlockParameter(new HexBigInteger(number)))
            .WaitAsync(requestTimeout, cancellationToken);
        return block is null ? null : (block.BlockHash, (ulong)block.Timestamp.Value);
    }
}
