using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.DocumentStore.ContractDefinition;

/// <summary>Calls <c>DocumentStore.issue(bytes32)</c> (needs the store's ISSUER_ROLE).</summary>
[Function("issue")]
public sealed class IssueFunction : FunctionMessage
{
    [Parameter("bytes32", "document", 1)]
    public byte[] Document { get; set; } = [];
}
