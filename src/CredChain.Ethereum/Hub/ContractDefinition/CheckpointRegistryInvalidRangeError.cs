using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Hub.ContractDefinition;

/// <summary>The <c>CheckpointRegistryInvalidRange</c> custom error.</summary>
[Error("CheckpointRegistryInvalidRange")]
public sealed class CheckpointRegistryInvalidRangeError : IErrorDTO
{
    [Parameter("uint64", "fromBlock", 1)]
    public ulong FromBlock { get; set; }

    [Parameter("uint64", "toBlock", 2)]
    public ulong ToBlock { get; set; }
}
