using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.Governance.ContractDefinition;

/// <summary>Calls <c>IssuerRegistry.reinstate(address)</c>.</summary>
[Function("reinstate")]
public sealed class ReinstateFunction : FunctionMessage
{
    [Parameter("address", "issuer", 1)]
    public string Issuer { get; set; } = string.Empty;
}
