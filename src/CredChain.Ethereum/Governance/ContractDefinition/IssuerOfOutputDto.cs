using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Governance.ContractDefinition;

/// <summary>Return values of <c>IssuerRegistry.issuerOf</c>.</summary>
[FunctionOutput]
public sealed class IssuerOfOutputDto : IFunctionOutputDTO
{
    [Parameter("tuple", "profile", 1)]
    public IssuerProfileDto Profile { get; set; } = new();

    [Parameter("tuple", "current", 2)]
    public AccreditationRecordDto Current { get; set; } = new();
}
