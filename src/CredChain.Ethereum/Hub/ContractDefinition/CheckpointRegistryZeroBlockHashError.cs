using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Hub.ContractDefinition;

/// <summary>The <c>CheckpointRegistryZeroBlockHash</c> custom error.</summary>
[Error("CheckpointRegistryZeroBlockHash")]
public sealed class CheckpointRegistryZeroBlockHashError : IErrorDTO
{
}
