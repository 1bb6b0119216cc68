using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.DocumentStore.ContractDefinition;

/// <summary>Calls <c>DocumentStore.revoke(bytes32)</c> (needs the store's REVOKER_ROLE).</summary>
[Function("revoke", "bool")]
public sealed class RevokeFunction : FunctionMessage
{
    [Parameter("bytes32", "document", 1)]
    public byte[] Document { get; set; } = [];
}
