using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.Governance.ContractDefinition;

/// <summary>Reads <c>IssuerRegistry.isAccreditedAt(address,uint64)</c>.</summary>
[Function("isAccreditedAt", "bool")]
public sealed class IsAccreditedAtFunction : FunctionMessage
{
    [Parameter("address", "issuer", 1)]
    public string Issuer { get; set; } = string.Empty;

    [Parameter("uint64", "timestamp", 2)]
    public ulong Timestamp { get; set; }
}
