using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Hub.ContractDefinition;

/// <summary>The <c>CheckpointRegistry.CheckpointPosted</c> event.</summary>
[Event("CheckpointPosted")]
public sealed class CheckpointPostedEventDto : IEventDTO
{
    [Parameter("bytes32", "memberId", 1, true)]
    public byte[] MemberId { get; set; } = [];

    [Parameter("uint64", "sequence", 2, true)]
    public ulong Sequence { get; set; }

    [Parameter("address", "relay", 3, true)]
    public string Relay { get; set; } = string.Empty;

    [Parameter("uint64", "fromBlock", 4, false)]
    public ulong FromBlock { get; set; }

    [Parameter("uint64", "toBlock", 5, false)]
    public ulong ToBlock { get; set; }

    [Parameter("bytes32", "root", 6, false)]
    public byte[] Root { get; set; } = [];

    [Parameter("bytes32", "sourceBlockHash", 7, false)]
    public byte[] SourceBlockHash { get; set; } = [];

    [Parameter("uint64", "sourceBlockTime", 8, false)]
    public ulong SourceBlockTime { get; set; }
}
