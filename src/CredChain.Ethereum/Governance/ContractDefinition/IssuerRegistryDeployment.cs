using CredChain.Ethereum.Artifacts;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.Governance.ContractDefinition;

/// <summary>Deploys <c>IssuerRegistry</c> from its embedded artifact.</summary>
public sealed class IssuerRegistryDeployment : ContractDeploymentMessage
{
    public IssuerRegistryDeployment()
        : base(ContractArtifacts.IssuerRegistry.Bytecode)
    {
    }

    [Parameter("address", "governor", 1)]
    public string Governor { get; set; } = string.Empty;
}
