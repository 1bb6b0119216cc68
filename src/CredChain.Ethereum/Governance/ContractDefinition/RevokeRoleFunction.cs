using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.Governance.ContractDefinition;

/// <summary>Calls <c>IssuerRegistry.revokeRole(bytes32,address)</c>.</summary>
[Function("revokeRole")]
public sealed class RevokeRoleFunction : FunctionMessage
{
    [Parameter("bytes32", "role", 1)]
    public byte[] Role { get; set; } = [];

    [Parameter("address", "account", 2)]
    public string Account { get; set; } = string.Empty;
}
