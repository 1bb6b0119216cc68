using CredChain.Ethereum.Artifacts;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.Hub.ContractDefinition;

/// <summary>Deploys <c>CheckpointRegistry</c> (the national hub) from its embedded artifact.</summary>
public sealed class CheckpointRegistryDeployment : ContractDeploymentMessage
{
    private static readonly Lazy<ContractArtifact> _artifact = new(() => ContractArtifacts.Load("CheckpointRegistry"));

    public CheckpointRegistryDeployment()
        : base(_artifact.Value.Bytecode)
    {
    }

    [Parameter("address", "admin", 1)]
    public string Admin { get; set; } = string.Empty;
}
