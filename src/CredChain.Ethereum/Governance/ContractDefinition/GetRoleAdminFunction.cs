using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.Governance.ContractDefinition;

/// <summary>Reads <c>IssuerRegistry.getRoleAdmin(bytes32)</c>.</summary>
[Function("getRoleAdmin", "bytes32")]
public sealed class GetRoleAdminFunction : FunctionMessage
{
    [Parameter("bytes32", "role", 1)]
    public byte[] Role { get; set; } = [];
}
