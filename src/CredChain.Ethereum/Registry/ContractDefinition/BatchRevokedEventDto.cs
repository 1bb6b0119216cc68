using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Registry.ContractDefinition;

/// <summary>The <c>CredentialRegistry.BatchRevoked</c> event.</summary>
[Event("BatchRevoked")]
public sealed class BatchRevokedEventDto : IEventDTO
{
    [Parameter("bytes32", "root", 1, true)]
    public byte[] Root { get; set; } = [];

    [Parameter("address", "issuer", 2, true)]
    public string Issuer { get; set; } = string.Empty;

    [Parameter("address", "revokedBy", 3, false)]
    public string RevokedBy { get; set; } = string.Empty;

    [Parameter("uint8", "reason", 4, false)]
    public byte Reason { get; set; }

    [Parameter("uint64", "revokedAt", 5, false)]
    public ulong RevokedAt { get; set; }
}
