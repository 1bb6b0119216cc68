using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.Governance.ContractDefinition;

/// <summary>Calls <c>IssuerRegistry.renounceRole(bytes32,address)</c>.</summary>
[Function("renounceRole")]
public sealed class RenounceRoleFunction : FunctionMessage
{
    [Parameter("bytes32", "role", 1)]
    public byte[] Role { get; set; } = [];

    [Parameter("address", "callerConfirmation", 2)]
    public string CallerConfirmation { get; set; } = string.Empty;
}
