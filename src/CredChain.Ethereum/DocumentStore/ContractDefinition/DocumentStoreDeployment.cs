using CredChain.Ethereum.Artifacts;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace CredChain.Ethereum.DocumentStore.ContractDefinition;

/// <summary>Deploys OpenAttestation's <c>DocumentStore</c> from the bytecode of its published npm package (embedded).</summary>
public sealed class DocumentStoreDeployment : ContractDeploymentMessage
{
    public DocumentStoreDeployment()
        : base(ContractArtifacts.DocumentStore.Bytecode)
    {
    }

    [Parameter("string", "_name", 1)]
    public string Name { get; set; } = string.Empty;

    [Parameter("address", "owner", 2)]
    public string Owner { get; set; } = string.Empty;
}
