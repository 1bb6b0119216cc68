using System.Security.Cryptography;
using System.Text.Json;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Issuing;
using CredChain.Core.Merkle;
using CredChain.Core.Verification;
using CredChain.Ethereum.Deployment;
using CredChain.Ethereum.Dev;
using CredChain.Ethereum.Governance;
using CredChain.Ethereum.Registry;
using CredChain.Ethereum.Transactions;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace CredChain.Verifier.Tests.Chain;

/// <summary>One real anvil dev node with the registries deployed, and helpers to accredit issuers and anchor batches.</summary>
public sealed class DevNetwork : IAsyncDisposable
{
    private DevNetwork(string key, string nameZh, string nameEn, DevNode node, Web3 web3, TransactionService transactions, RegistryDeployment deployment)
    {
        Key = key;
        NameZh = nameZh;
        NameEn = nameEn;
        Node = node;
        Web3 = web3;
        Deployment = deployment;
        Governance = new IssuerRegistryClient(web3, deployment.IssuerRegistryAddress, transactions);
        Registry = new CredentialRegistryClient(web3, deployment.CredentialRegistryAddress, transactions);
    }

    public string Key { get; }

    public string NameZh { get; }

    public string NameEn { get; }

    public DevNode Node { get; }

    public Web3 Web3 { get; }

    public RegistryDeployment Deployment { get; }

    public IssuerRegistryClient Governance { get; }

    public CredentialRegistryClient Registry { get; }

    public Account Governor => Node.Accounts[0];

    public long DeploymentBlock => (long)Deployment.IssuerRegistryReceipt.BlockNumber.Value;

    public static async Task<DevNetwork> StartAsync(string key, string nameZh, string nameEn, long chainId)
    {
        var node = await DevNode.StartAsync(new DevNodeOptions { ChainId = chainId });
        var web3 = node.CreateWeb3();
        var transactions = new TransactionService(web3, node.TransactionOptions);
        var deployment = await RegistryDeployer.DeployAsync(transactions, node.Accounts[0], node.Accounts[0].Address);
        return new DevNetwork(key, nameZh, nameEn, node, web3, transactions, deployment);
    }

    /// <summary>The portal settings that put this network on the trust list at <paramref name="index"/>.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings(int index) =>
    [
        new($"Portal:Networks:{index}:Key", Key),
        new($"Portal:Networks:{index}:NameZh", NameZh),
        new($"Portal:Networks:{index}:NameEn", NameEn),
        new($"Portal:Networks:{index}:ChainId", Node.ChainId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new($"Portal:Networks:{index}:RpcUrl", Node.RpcUrl.ToString()),
        new($"Portal:Networks:{index}:RegistryAddress", Deployment.CredentialRegistryAddress),
        new($"Portal:Networks:{index}:GovernanceAddress", Deployment.IssuerRegistryAddress),
        new($"Portal:Networks:{index}:DeploymentBlock", DeploymentBlock.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    /// <summary>A fresh funded account accredited with an open-ended window that started a year ago.</summary>
    public async Task<Account> NewAccreditedIssuerAsync(string nameZh, string nameEn)
    {
        var issuer = await Node.CreateFundedAccountAsync();
        var now = await LatestBlockTimeAsync();
        await Governance.AccreditAsync(Governor, issuer.Address, new IssuerProfile(nameZh, nameEn, "example.edu.cn"), now.AddDays(-365), null);
        return issuer;
    }

    /// <summary>Issues one credential per subject and anchors them as one batch; returns the anchored documents.</summary>
    public async Task<IReadOnlyList<CredentialDocument>> IssueBatchAsync(
        Account issuer, string issuerName, IReadOnlyList<JsonElement> subjects, DateTimeOffset validFrom, DateTimeOffset? validUntil = null)
    {
        var factory = new CredentialFactory(TimeProvider.System, RandomNumberGenerator.Create());
        var issuerRef = IssuerRef.ForAccount(Node.ChainId, issuer.Address, issuerName);
        var documents = subjects.Select(s => factory.Create(new CredentialDraft(issuerRef, ["UniversityDegreeCredential"], s, validFrom, validUntil))).ToList();
        var tree = MerkleTree.Build(documents.Select(d => d.Proof.TargetHash));
        var receipt = await Registry.AnchorAsync(issuer, tree.Root.ToByteArray());
        var anchor = new AnchorRef(Node.ChainId, Deployment.CredentialRegistryAddress, Hash32.Parse(receipt.TransactionHash), (long)receipt.BlockNumber.Value);
        return documents.Select(d => d.WithAnchor(tree.Root, tree.GetProof(d.Proof.TargetHash), anchor)).ToList();
    }

    /// <summary>Issues a credential without anchoring it.</summary>
    public CredentialDocument IssueUnanchored(Account issuer, string issuerName, JsonElement subject, DateTimeOffset validFrom) =>
        new CredentialFactory(TimeProvider.System, RandomNumberGenerator.Create())
            .Create(new CredentialDraft(IssuerRef.ForAccount(Node.ChainId, issuer.Address, issuerName), ["UniversityDegreeCredential"], subject, validFrom));

    public async Task<long> HeadAsync() => (long)(await Web3.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;

    public async Task<DateTimeOffset> LatestBlockTimeAsync()
    {
        var header = await Web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest());
        return DateTimeOffset.FromUnixTimeSeconds((long)header.Timestamp.Value);
    }

    public async ValueTask DisposeAsync() => await Node.DisposeAsync();
}
