using CredChain.Ethereum.Artifacts;
using CredChain.Ethereum.Tests.Support;

namespace CredChain.Ethereum.Tests.Artifacts;

[Collection(ChainTests.Name)]
public sealed class DeployedBytecodeTests(ChainFixture chain)
{
    [Fact]
    public async Task IssuerRegistry_CodeOnChain_IsTheArtifactsRuntimeBytecode()
    {
        var code = await chain.Web3.Eth.GetCode.SendRequestAsync(chain.Deployment.IssuerRegistryAddress);

        Assert.Equal(ContractArtifacts.IssuerRegistry.DeployedBytecode, code);
    }

    [Fact]
    public async Task CredentialRegistry_CodeOnChain_IsTheArtifactsRuntimeBytecodeWithTheGovernanceImmutable()
    {
        var code = await chain.Web3.Eth.GetCode.SendRequestAsync(chain.Deployment.CredentialRegistryAddress);

        // The only difference is the immutable governance address, which the artifact leaves zeroed.
        var governance = chain.Deployment.IssuerRegistryAddress[2..].ToLowerInvariant();
        var artifact = ContractArtifacts.CredentialRegistry.DeployedBytecode;
        Assert.Equal(artifact.Length, code.Length);
        Assert.Equal(artifact, code.Replace(governance, new string('0', 40), StringComparison.Ordinal));
    }
}
