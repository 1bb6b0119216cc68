using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Hub.ContractDefinition;

/// <summary>The <c>CheckpointRegistryInvalidMember</c> custom error.</summary>
[Error("CheckpointRegistryInvalidMember")]
public sealed class CheckpointRegistryInvalidMemberError : IErrorDTO
{
    [Parameter("uint64", "sourceChainId", 1)]
    public ulong SourceChainId { get; set; }

    [Parameter("address", "sourceRegistry", 2)]
    public string SourceRegistry { get; set; } = string.Empty;
}
