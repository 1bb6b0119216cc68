using CredChain.Ethereum.Errors;
using CredChain.Ethereum.Generated.IssuerRegistry;
using CredChain.Ethereum.Generated.CredentialRegistry;
using CredChain.Ethereum.Tests.Support;
using Nethereum.RPC.Eth.DTOs;

namespace CredChain.Ethereum.Tests.Deployment;

[Collection(ChainTests.Name)]
public sealed class RegistryDeployerTests(ChainFixture chain)
{
    private const string ZeroAddress = "0x0000000000000000000000000000000000000000";

    [Fact]
    public void Deploy_Fixture_BindsTheCredentialRegistryToTheIssuerRegistry()
    {
        var deployment = chain.Deployment;

        Assert.Equal(
            (true, true, deployment.IssuerRegistryAddress, deployment.CredentialRegistryAddress),
            (deployment.IssuerRegistryReceipt.Succeeded(), deployment.CredentialRegistryReceipt.Succeeded(),
             deployment.IssuerRegistryReceipt.ContractAddress, deployment.CredentialRegistryReceipt.ContractAddress));
    }

    [Fact]
    public async Task DeployIssuerRegistry_ZeroGovernor_RevertsZeroAddress()
    {
        var deployer = await chain.NewAccountAsync();

        await Revert.AssertAsync(
            ChainErrorCode.IssuerZeroAddress,
            () => chain.Transactions.DeployAsync(deployer, new IssuerRegistryDeployment { Governor = ZeroAddress }));
    }

    [Fact]
    public async Task DeployCredentialRegistry_ZeroGovernance_RevertsZeroGovernance()
    {
        var deployer = await chain.NewAccountAsync();

        await Revert.AssertAsync(
            ChainErrorCode.ZeroGovernance,
            () => chain.Transactions.DeployAsync(deployer, new CredentialRegistryDeployment { Governance = ZeroAddress }));
    }

    [Fact]
    public async Task SignDeployment_Offline_HasNoRecipient()
    {
        var deployer = await chain.NewAccountAsync();

        var signed = await chain.Transactions.SignDeploymentAsync(deployer, new IssuerRegistryDeployment { Governor = deployer.Address }, 0);

        Assert.Equal(((string?)null, 0, deployer.Address), (signed.To, (int)signed.Nonce, signed.From));
    }
}
