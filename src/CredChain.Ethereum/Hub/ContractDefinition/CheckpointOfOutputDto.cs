using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Hub.ContractDefinition;

/// <summary>Return value of <c>CheckpointRegistry.checkpointOf</c>.</summary>
[FunctionOutput]
public sealed class CheckpointOfOutputDto : IFunctionOutputDTO
{
    [Parameter("tuple", "", 1)]
    public CheckpointDto Checkpoint { get; set; } = new();
}
