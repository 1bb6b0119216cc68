using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Registry.ContractDefinition;

/// <summary>Return values of <c>CredentialRegistry.verify</c>.</summary>
[FunctionOutput]
public sealed class VerifyOutputDto : IFunctionOutputDTO
{
    [Parameter("tuple", "result", 1)]
    public VerificationDto Result { get; set; } = new();
}
