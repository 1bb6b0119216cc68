using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Governance.ContractDefinition;

/// <summary>Return values of <c>IssuerRegistry.accreditationHistory</c>.</summary>
[FunctionOutput]
public sealed class AccreditationHistoryOutputDto : IFunctionOutputDTO
{
    [Parameter("tuple[]", "", 1)]
    public List<AccreditationRecordDto> Result { get; set; } = [];
}
