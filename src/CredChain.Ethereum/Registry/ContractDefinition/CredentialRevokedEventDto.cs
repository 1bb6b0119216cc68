using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Registry.ContractDefinition;

/// <summary>The <c>CredentialRegistry.CredentialRevoked</c> event.</summary>
[Event("CredentialRevoked")]
public sealed class CredentialRevokedEventDto : IEventDTO
{
    [Parameter("bytes32", "root", 1, true)]
    public byte[] Root { get; set; } = [];

    [Parameter("address", "issuer", 2, true)]
    public string Issuer { get; set; } = string.Empty;

    [Parameter("bytes32", "targetHash", 3, true)]
    public byte[] TargetHash { get; set; } = [];

    [Parameter("address", "revokedBy", 4, false)]
    public string RevokedBy { get; set; } = string.Empty;

    [Parameter("uint8", "reason", 5, false)]
    public byte Reason { get; set; }

    [Parameter("uint64", "revokedAt", 6, false)]
    public ulong RevokedAt { get; set; }
}
