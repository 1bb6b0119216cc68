using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Hub.ContractDefinition;

/// <summary>Return values of <c>CheckpointRegistry.checkpointsOf</c>.</summary>
[FunctionOutput]
public sealed class CheckpointsOfOutputDto : IFunctionOutputDTO
{
    [Parameter("tuple[]", "checkpoints", 1)]
    public List<CheckpointDto> Checkpoints { get; set; } = [];

    [Parameter("tuple", "member", 2)]
    public MemberDto Member { get; set; } = new();
}
