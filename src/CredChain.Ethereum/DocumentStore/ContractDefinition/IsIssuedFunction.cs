using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.DocumentStore.ContractDefinition;

/// <summary>Calls the view <c>DocumentStore.isIssued(bytes32)</c> (OpenAttestation, <c>@govtechsg/document-store</c> 3.0.0).</summary>
[Function("isIssued", "bool")]
public sealed class IsIssuedFunction : FunctionMessage
{
    [Parameter("bytes32", "document", 1)]
    public byte[] Document { get; set; } = [];
}
