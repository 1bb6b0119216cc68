using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Hub.ContractDefinition;

/// <summary>The <c>CheckpointRegistryMemberAlreadyRegistered</c> custom error.</summary>
[Error("CheckpointRegistryMemberAlreadyRegistered")]
public sealed class CheckpointRegistryMemberAlreadyRegisteredError : IErrorDTO
{
    [Parameter("bytes32", "memberId", 1)]
    public byte[] MemberId { get; set; } = [];
}
