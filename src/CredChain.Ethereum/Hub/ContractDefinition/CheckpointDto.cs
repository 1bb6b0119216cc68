using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Hub.ContractDefinition;

/// <summary>The <c>ICheckpointRegistry.Checkpoint</c> struct.</summary>
public sealed class CheckpointDto
{
    [Parameter("bytes32", "root", 1)]
    public byte[] Root { get; set; } = [];

    [Parameter("bytes32", "sourceBlockHash", 2)]
    public byte[] SourceBlockHash { get; set; } = [];

    [Parameter("uint64", "fromBlock", 3)]
    public ulong FromBlock { get; set; }

    [Parameter("uint64", "toBlock", 4)]
    public ulong ToBlock { get; set; }

    [Parameter("uint64", "sourceBlockTime", 5)]
    public ulong SourceBlockTime { get; set; }

    [Parameter("address", "relay", 6)]
    public string Relay { get; set; } = string.Empty;
}
