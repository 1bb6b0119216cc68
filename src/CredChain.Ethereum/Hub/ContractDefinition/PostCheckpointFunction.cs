using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.Hub.ContractDefinition;

/// <summary>Calls <c>CheckpointRegistry.postCheckpoint(uint64,address,uint64,uint64,bytes32,bytes32)</c>.</summary>
[Function("postCheckpoint")]
public sealed class PostCheckpointFunction : FunctionMessage
{
    [Parameter("uint64", "sourceChainId", 1)]
    public ulong SourceChainId { get; set; }

    [Parameter("address", "sourceRegistry", 2)]
    public string SourceRegistry { get; set; } = string.Empty;

    [Parameter("uint64", "fromBlock", 3)]
    public ulong FromBlock { get; set; }

    [Parameter("uint64", "toBlock", 4)]
    public ulong ToBlock { get; set; }

    [Parameter("bytes32", "checkpointRoot", 5)]
    public byte[] CheckpointRoot { get; set; } = [];

    [Parameter("bytes32", "sourceBlockHash", 6)]
    public byte[] SourceBlockHash { get; set; } = [];

    [Parameter("uint64", "sourceBlockTime", 7)]
    public ulong SourceBlockTime { get; set; }
}
