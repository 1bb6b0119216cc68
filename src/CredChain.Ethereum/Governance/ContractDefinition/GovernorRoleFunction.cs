using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.Governance.ContractDefinition;

/// <summary>Reads <c>IssuerRegistry.GOVERNOR_ROLE()</c>.</summary>
[Function("GOVERNOR_ROLE", "bytes32")]
public sealed class GovernorRoleFunction : FunctionMessage;
