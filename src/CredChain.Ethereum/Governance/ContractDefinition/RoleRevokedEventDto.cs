using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Governance.ContractDefinition;

/// <summary>The <c>IssuerRegistry.RoleRevoked</c> event.</summary>
[Event("RoleRevoked")]
public sealed class RoleRevokedEventDto : IEventDTO
{
    [Parameter("bytes32", "role", 1, true)]
    public byte[] Role { get; set; } = [];

    [Parameter("address", "account", 2, true)]
    public string Account { get; set; } = string.Empty;

    [Parameter("address", "sender", 3, true)]
    public string Sender { get; set; } = string.Empty;
}
