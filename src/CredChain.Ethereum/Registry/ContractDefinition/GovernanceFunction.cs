using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.Registry.ContractDefinition;

/// <summary>Reads <c>CredentialRegistry.governance()</c>.</summary>
[Function("governance", "address")]
public sealed class GovernanceFunction : FunctionMessage;
