using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.Governance.ContractDefinition;

/// <summary>Reads <c>IssuerRegistry.accreditationHistory(address)</c>.</summary>
[Function("accreditationHistory", typeof(AccreditationHistoryOutputDto))]
public sealed class AccreditationHistoryFunction : FunctionMessage
{
    [Parameter("address", "issuer", 1)]
    public string Issuer { get; set; } = string.Empty;
}
