using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.DocumentStore.ContractDefinition;

/// <summary>Calls the view <c>DocumentStore.isRevoked(bytes32)</c> (OpenAttestation, <c>@govtechsg/document-store</c> 3.0.0).</summary>
[Function("isRevoked", "bool")]
public sealed class IsRevokedFunction : FunctionMessage
{
    [Parameter("bytes32", "document", 1)]
    public byte[] Document { get; set; } = [];
}
