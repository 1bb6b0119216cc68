using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Hub.ContractDefinition;

/// <summary>Return value of <c>CheckpointRegistry.memberOf</c>.</summary>
[FunctionOutput]
public sealed class MemberOfOutputDto : IFunctionOutputDTO
{
    [Parameter("tuple", "", 1)]
    public MemberDto Member { get; set; } = new();
}
