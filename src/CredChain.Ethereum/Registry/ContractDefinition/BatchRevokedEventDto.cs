using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Registry.ContractDefinition;

/// <summary>The <c>CredentialRegistry.BatchRevoked</c> event.</summary>
[Event("BatchRevoked")]
public sealed class BatchRevokedEventDto : IEventDTO
{
    [Parameter("bytes32", "root", 1, true)]
    public byte[] Root { get; set; } = [];

    [Parameter("uint8", "reason", 2, false)]
    public byte Reason { get; set; }

    [Parameter("uint64", "revokedAt", 3, false)]
    public ulong RevokedAt { get; set; }
}
