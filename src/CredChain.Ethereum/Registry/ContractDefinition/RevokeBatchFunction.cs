using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.Registry.ContractDefinition;

/// <summary>Calls <c>CredentialRegistry.revokeBatch(bytes32,uint8)</c>.</summary>
[Function("revokeBatch")]
public sealed class RevokeBatchFunction : FunctionMessage
{
    [Parameter("bytes32", "root", 1)]
    public byte[] Root { get; set; } = [];

    [Parameter("uint8", "reason", 2)]
    public byte Reason { get; set; }
}
