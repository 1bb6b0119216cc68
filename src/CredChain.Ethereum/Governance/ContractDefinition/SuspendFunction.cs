using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.Governance.ContractDefinition;

/// <summary>Calls <c>IssuerRegistry.suspend(address)</c>.</summary>
[Function("suspend")]
public sealed class SuspendFunction : FunctionMessage
{
    [Parameter("address", "issuer", 1)]
    public string Issuer { get; set; } = string.Empty;
}
