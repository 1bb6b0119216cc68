using CredChain.Ethereum.Generated.IssuerRegistry;
using CredChain.Ethereum.Generated.CredentialRegistry;
using CredChain.Ethereum.Transactions;
using Nethereum.Web3.Accounts;

namespace CredChain.Ethereum.Deployment;

/// <summary>Deploys the issuer registry, then the credential registry bound to it.</summary>
public static class RegistryDeployer
{
    /// <summary>Deploys both contracts from <paramref name="deployer"/>, making <paramref name="governor"/> admin and governor.</summary>
    public static async Task<RegistryDeployment> DeployAsync(
        TransactionService transactions,
        Account deployer,
        string governor,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        ArgumentException.ThrowIfNullOrEmpty(governor);
        var issuerRegistry = await transactions.DeployAsync(
            deployer, new IssuerRegistryDeployment { Governor = governor }, cancellationToken).ConfigureAwait(false);
        var credentialRegistry = await transactions.DeployAsync(
            deployer, new CredentialRegistryDeployment { Governance = issuerRegistry.ContractAddress }, cancellationToken).ConfigureAwait(false);
        return new RegistryDeployment(issuerRegistry.ContractAddress, credentialRegistry.ContractAddress, issuerRegistry, credentialRegistry);
    }
}
