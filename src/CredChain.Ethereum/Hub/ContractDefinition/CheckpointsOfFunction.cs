using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.Hub.ContractDefinition;

/// <summary>Reads <c>CheckpointRegistry.checkpointsOf(uint64,address,uint64[])</c>.</summary>
[Function("checkpointsOf", typeof(CheckpointsOfOutputDto))]
public sealed class CheckpointsOfFunction : FunctionMessage
{
    [Parameter("uint64", "sourceChainId", 1)]
    public ulong SourceChainId { get; set; }

    [Parameter("address", "sourceRegistry", 2)]
    public string SourceRegistry { get; set; } = string.Empty;

    [Parameter("uint64[]", "sequences", 3)]
    public List<ulong> Sequences { get; set; } = [];
}
