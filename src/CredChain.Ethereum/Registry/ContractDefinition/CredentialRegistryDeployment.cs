using CredChain.Ethereum.Artifacts;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.Registry.ContractDefinition;

/// <summary>Deploys <c>CredentialRegistry</c> from its embedded artifact.</summary>
public sealed class CredentialRegistryDeployment : ContractDeploymentMessage
{
    public CredentialRegistryDeployment()
        : base(ContractArtifacts.CredentialRegistry.Bytecode)
    {
    }

    [Parameter("address", "governance_", 1)]
    public string Governance { get; set; } = string.Empty;
}
