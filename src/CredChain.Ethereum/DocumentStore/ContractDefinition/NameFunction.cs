using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.DocumentStore.ContractDefinition;

/// <summary>Calls the view <c>DocumentStore.name()</c>.</summary>
[Function("name", "string")]
public sealed class NameFunction : FunctionMessage
{
}
