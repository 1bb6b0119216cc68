using System.Globalization;
using CredChain.Core.Verification;
using CredChain.Ethereum.Deployment;
using CredChain.Ethereum.Dev;
using CredChain.Ethereum.Governance;
using CredChain.Ethereum.Transactions;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace CredChain.EndToEnd.Tests.Infrastructure;

/// <summary>One real anvil dev node ("a network") with both registries deployed by its first account, the governor.</summary>
public sealed class DevChain : IAsyncDisposable
{
    private DevChain(string key, string nameZh, string nameEn, DevNode node, RegistryDeployment deployment)
    {
        Key = key;
        NameZh = nameZh;
        NameEn = nameEn;
        Node = node;
        Web3 = node.CreateWeb3();
        Deployment = deployment;
        Governance = new IssuerRegistryClient(Web3, deployment.IssuerRegistryAddress, new TransactionService(Web3, node.TransactionOptions));
    }

    /// <summary>The key the portal's trust list knows the network by.</summary>
    public string Key { get; }

    public string NameZh { get; }

    public string NameEn { get; }

    public DevNode Node { get; }

    public Web3 Web3 { get; }

    public long ChainId => Node.ChainId;

    public RegistryDeployment Deployment { get; }

    public string RegistryAddress => Deployment.CredentialRegistryAddress.ToLowerInvariant();

    public IssuerRegistryClient Governance { get; }

    public static async Task<DevChain> StartAsync(string key, string nameZh, string nameEn, long chainId)
    {
        var node = await DevNode.StartAsync(new DevNodeOptions { ChainId = chainId });
        try
        {
            var transactions = new TransactionService(node.CreateWeb3(), node.TransactionOptions);
            var deployment = await RegistryDeployer.DeployAsync(transactions, node.Accounts[0], node.Accounts[0].Address);
            return new DevChain(key, nameZh, nameEn, node, deployment);
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    /// <summary>A fresh funded account, accredited from a day before the latest block with no end.</summary>
    public async Task<Account> AccreditNewIssuerAsync(IssuerProfile profile)
    {
        var issuer = await Node.CreateFundedAccountAsync();
        var latest = await Web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest());
        var now = DateTimeOffset.FromUnixTimeSeconds((long)latest.Timestamp.Value);
        await Governance.AccreditAsync(Node.Accounts[0], issuer.Address, profile, now.AddDays(-1), null);
        return issuer;
    }

    /// <summary>The portal settings that put this network on its trust list at <paramref name="index"/>.</summary>
    public IEnumerable<KeyValuePair<string, string?>> PortalSettings(int index) =>
    [
        new($"Portal:Networks:{index}:Key", Key),
        new($"Portal:Networks:{index}:NameZh", NameZh),
        new($"Portal:Networks:{index}:NameEn", NameEn),
        new($"Portal:Networks:{index}:ChainId", ChainId.ToString(CultureInfo.InvariantCulture)),
        new($"Portal:Networks:{index}:RpcUrl", Node.RpcUrl.ToString()),
        new($"Portal:Networks:{index}:RegistryAddress", Deployment.CredentialRegistryAddress),
        new($"Portal:Networks:{index}:GovernanceAddress", Deployment.IssuerRegistryAddress),
        new($"Portal:Networks:{index}:DeploymentBlock", Deployment.IssuerRegistryReceipt.BlockNumber.Value.ToString(CultureInfo.InvariantCulture)),
    ];

    public async ValueTask DisposeAsync() => await Node.DisposeAsync();
}
