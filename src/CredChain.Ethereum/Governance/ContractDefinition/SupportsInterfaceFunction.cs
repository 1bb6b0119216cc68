using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.Governance.ContractDefinition;

/// <summary>Reads <c>IssuerRegistry.supportsInterface(bytes4)</c>.</summary>
[Function("supportsInterface", "bool")]
public sealed class SupportsInterfaceFunction : FunctionMessage
{
    [Parameter("bytes4", "interfaceId", 1)]
    public byte[] InterfaceId { get; set; } = [];
}
