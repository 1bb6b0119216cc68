using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.Registry.ContractDefinition;

/// <summary>Calls <c>CredentialRegistry.anchor(bytes32)</c>.</summary>
[Function("anchor")]
public sealed class AnchorFunction : FunctionMessage
{
    [Parameter("bytes32", "root", 1)]
    public byte[] Root { get; set; } = [];
}
