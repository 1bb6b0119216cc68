using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Hub.ContractDefinition;

/// <summary>The <c>CheckpointRegistryNonContiguousRange</c> custom error.</summary>
[Error("CheckpointRegistryNonContiguousRange")]
public sealed class CheckpointRegistryNonContiguousRangeError : IErrorDTO
{
    [Parameter("bytes32", "memberId", 1)]
    public byte[] MemberId { get; set; } = [];

    [Parameter("uint64", "expectedFromBlock", 2)]
    public ulong ExpectedFromBlock { get; set; }

    [Parameter("uint64", "fromBlock", 3)]
    public ulong FromBlock { get; set; }
}
