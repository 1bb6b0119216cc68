using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Governance.ContractDefinition;

/// <summary>The <c>IssuerRegistry.RoleAdminChanged</c> event.</summary>
[Event("RoleAdminChanged")]
public sealed class RoleAdminChangedEventDto : IEventDTO
{
    [Parameter("bytes32", "role", 1, true)]
    public byte[] Role { get; set; } = [];

    [Parameter("bytes32", "previousAdminRole", 2, true)]
    public byte[] PreviousAdminRole { get; set; } = [];

    [Parameter("bytes32", "newAdminRole", 3, true)]
    public byte[] NewAdminRole { get; set; } = [];
}
