using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.Governance.ContractDefinition;

/// <summary>Calls <c>IssuerRegistry.declareCompromised(address,uint64)</c>.</summary>
[Function("declareCompromised")]
public sealed class DeclareCompromisedFunction : FunctionMessage
{
    [Parameter("address", "issuer", 1)]
    public string Issuer { get; set; } = string.Empty;

    [Parameter("uint64", "since", 2)]
    public ulong Since { get; set; }
}
