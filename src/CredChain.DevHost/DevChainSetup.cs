using CredChain.Cli.Chain;
using CredChain.Cli.Infrastructure;
using CredChain.Ethereum.Deployment;
using CredChain.Ethereum.Dev;
using CredChain.Ethereum.Governance;
using CredChain.Ethereum.Registry;
using Spectre.Console;

namespace CredChain.DevHost;

/// <summary>Deploys the registries on a fresh dev chain, or checks that the recorded ones are really there; then accredits the demo issuer once.</summary>
internal static class DevChainSetup
{
    public static async Task<DeploymentRecord> DeployOrResumeAsync(DevNode node, DataFolder data, IAnsiConsole console, TimeProvider time, CancellationToken cancellationToken)
    {
        var connection = await ChainConnection.OpenAsync(node.RpcUrl, node.ChainId, cancellationToken).ConfigureAwait(false);
        var governor = node.Accounts[DemoIssuer.GovernorAccountIndex];
        DeploymentRecord record;
        if (File.Exists(data.Contracts))
        {
            record = DeploymentRecord.Read(data.Contracts);
            await CheckRecordedAsync(connection, record, data, cancellationToken).ConfigureAwait(false);
            console.MarkupLineInterpolated($"Resuming: registries found at {record.CredentialRegistry} (chain {record.ChainId}).");
        }
        else
        {
            console.MarkupLine("Deploying the registry contracts to the dev chain...");
            var deployment = await RegistryDeployer.DeployAsync(connection.Transactions, governor, governor.Address, cancellationToken).ConfigureAwait(false);
            record = new DeploymentRecord(
                node.ChainId, deployment.IssuerRegistryAddress, deployment.CredentialRegistryAddress, (long)deployment.IssuerRegistryReceipt.BlockNumber.Value);
            record.Write(data.Contracts);
        }

        var governance = new IssuerRegistryClient(connection.Web3, record.IssuerRegistry, connection.Transactions);
        var issuer = node.Accounts[DemoIssuer.IssuerAccountIndex].Address;
        var info = await governance.GetIssuerAsync(issuer, cancellationToken).ConfigureAwait(false);
        if (info.Current is null)
        {
            console.MarkupLineInterpolated($"Accrediting the demo issuer {DemoIssuer.NameZh} / {DemoIssuer.NameEn} ({issuer})...");
            // From a minute ago: the window must already be open at the next block's timestamp.
            await governance.AccreditAsync(governor, issuer, DemoIssuer.Profile, time.GetUtcNow().AddMinutes(-1), null, cancellationToken).ConfigureAwait(false);
        }

        return record;
    }

    private static async Task CheckRecordedAsync(ChainConnection connection, DeploymentRecord record, DataFolder data, CancellationToken cancellationToken)
    {
        var startOver = $"Delete {data.Path} to start over with a fresh chain (every credential issued so far is lost).";
        if (record.ChainId != connection.ChainId)
        {
            throw new CliException($"{data.Contracts} records chain {record.ChainId}, but the dev node runs chain {connection.ChainId}. {startOver}");
        }

        foreach (var address in new[] { record.IssuerRegistry, record.CredentialRegistry })
        {
            if (!await connection.HasCodeAsync(address, cancellationToken).ConfigureAwait(false))
            {
                throw new CliException(
                    $"{data.Contracts} records a contract at {address}, but the dev chain has no code there: the chain state ({data.ChainState}) " +
                    $"was lost or belongs to another deployment. {startOver}");
            }
        }

        var registry = new CredentialRegistryClient(connection.Web3, record.CredentialRegistry, connection.Transactions);
        var governance = await registry.GetGovernanceAsync(cancellationToken).ConfigureAwait(false);
        if (!string.Equals(governance, record.IssuerRegistry, StringComparison.OrdinalIgnoreCase))
        {
            throw new CliException($"the credential registry at {record.CredentialRegistry} is bound to {governance}, not to the recorded issuer registry {record.IssuerRegistry}. {startOver}");
        }
    }
}
