using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.Hub.ContractDefinition;

/// <summary>Calls <c>CheckpointRegistry.registerMember(uint64,address,uint64)</c>.</summary>
[Function("registerMember")]
public sealed class RegisterMemberFunction : FunctionMessage
{
    [Parameter("uint64", "sourceChainId", 1)]
    public ulong SourceChainId { get; set; }

    [Parameter("address", "sourceRegistry", 2)]
    public string SourceRegistry { get; set; } = string.Empty;

    [Parameter("uint64", "startBlock", 3)]
    public ulong StartBlock { get; set; }
}
