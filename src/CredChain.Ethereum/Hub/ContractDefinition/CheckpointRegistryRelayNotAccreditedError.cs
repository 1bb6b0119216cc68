using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Hub.ContractDefinition;

/// <summary>The <c>CheckpointRegistryRelayNotAccredited</c> custom error.</summary>
[Error("CheckpointRegistryRelayNotAccredited")]
public sealed class CheckpointRegistryRelayNotAccreditedError : IErrorDTO
{
    [Parameter("bytes32", "memberId", 1)]
    public byte[] MemberId { get; set; } = [];

    [Parameter("address", "relay", 2)]
    public string Relay { get; set; } = string.Empty;
}
