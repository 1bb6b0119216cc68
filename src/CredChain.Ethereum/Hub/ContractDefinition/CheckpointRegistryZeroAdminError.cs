using Nethereum.ABI.FunctionEncoding.Attributes;

namespace CredChain.Ethereum.Hub.ContractDefinition;

/// <summary>The <c>CheckpointRegistryZeroAdmin</c> custom error.</summary>
[Error("CheckpointRegistryZeroAdmin")]
public sealed class CheckpointRegistryZeroAdminError : IErrorDTO
{
}
