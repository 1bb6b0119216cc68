using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.Hub.ContractDefinition;

/// <summary>Reads <c>CheckpointRegistry.checkpointOf(uint64,address,uint64)</c>.</summary>
[Function("checkpointOf", typeof(CheckpointOfOutputDto))]
public sealed class CheckpointOfFunction : FunctionMessage
{
    [Parameter("uint64", "sourceChainId", 1)]
    public ulong SourceChainId { get; set; }

    [Parameter("address", "sourceRegistry", 2)]
    public string SourceRegistry { get; set; } = string.Empty;

    [Parameter("uint64", "sequence", 3)]
    public ulong Sequence { get; set; }
}
