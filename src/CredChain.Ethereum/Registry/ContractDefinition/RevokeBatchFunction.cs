using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.Registry.ContractDefinition;

/// <summary>Calls <c>CredentialRegistry.revokeBatch(address,bytes32,uint8)</c>.</summary>
[Function("revokeBatch")]
public sealed class RevokeBatchFunction : FunctionMessage
{
    [Parameter("address", "issuer", 1)]
    public string Issuer { get; set; } = string.Empty;

    [Parameter("bytes32", "root", 2)]
    public byte[] Root { get; set; } = [];

    [Parameter("uint8", "reason", 3)]
    public byte Reason { get; set; }
}
