using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Registry.ContractDefinition;

/// <summary>The <c>CredentialRegistry.CredentialRevoked</c> event.</summary>
[Event("CredentialRevoked")]
public sealed class CredentialRevokedEventDto : IEventDTO
{
    [Parameter("bytes32", "root", 1, true)]
    public byte[] Root { get; set; } = [];

    [Parameter("bytes32", "targetHash", 2, true)]
    public byte[] TargetHash { get; set; } = [];

    [Parameter("uint8", "reason", 3, false)]
    public byte Reason { get; set; }

    [Parameter("uint64", "revokedAt", 4, false)]
    public ulong RevokedAt { get; set; }
}
