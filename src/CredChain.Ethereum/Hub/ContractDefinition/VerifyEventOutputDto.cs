using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Hub.ContractDefinition;

/// <summary>Return values of <c>CheckpointRegistry.verifyEvent</c>.</summary>
[FunctionOutput]
public sealed class VerifyEventOutputDto : IFunctionOutputDTO
{
    [Parameter("tuple", "checkpoint", 1)]
    public CheckpointDto Checkpoint { get; set; } = new();

    [Parameter("bool", "included", 2)]
    public bool Included { get; set; }

    [Parameter("tuple", "member", 3)]
    public MemberDto Member { get; set; } = new();
}
