using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.Governance.ContractDefinition;

/// <summary>Reads <c>IssuerRegistry.DEFAULT_ADMIN_ROLE()</c>.</summary>
[Function("DEFAULT_ADMIN_ROLE", "bytes32")]
public sealed class DefaultAdminRoleFunction : FunctionMessage;
