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
using CredChain.Testing.Chain;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace CredChain.Verifier.Tests.Chain;

/// <summary>One real anvil dev node with the registries deployed (the shared <see cref="TestChain"/>), known to the portal as a
/// named network, and helpers to accredit issuers and anchor batches.</summary>
public sealed class DevNetwork : IAsyncDisposable
{
    public DevNetwork(string key, string nameZh, string nameEn, TestChain chain)
    {
        Key = key;
        NameZh = nameZh;
        NameEn = nameEn;
        Chain = chain;
    }

    public string Key { get; }

    public string NameZh { get; }

    public string NameEn { get; }

    public TestChain Chain { get; }

    public DevNode Node => Chain.Node;

    public Web3 Web3 => Chain.Web3;

    public RegistryDeployment Deployment => Chain.Deployment;

    public IssuerRegistryClient Governance => Chain.Governance;

    public CredentialRegistryClient Registry => Chain.Registry;

    public Account Governor => Chain.Governor;

    public long DeploymentBlock => Chain.DeploymentBlock;

    /// <summary>The portal settings that put this network on the trust list at <paramref name="index"/>.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings(int index) => Chain.PortalSettings(index, Key, NameZh, NameEn);

    /// <summary>A fresh funded account accredited with an open-ended window that started a year ago.</summary>
    public Task<Account> NewAccreditedIssuerAsync(string nameZh, string nameEn) =>
        Chain.NewAccreditedIssuerAsync(new IssuerProfile(nameZh, nameEn, "example.edu.cn"), TimeSpan.FromDays(365));

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

    public Task<long> HeadAsync() => Chain.HeadAsync();

    public Task<DateTimeOffset> LatestBlockTimeAsync() => Chain.LatestBlockTimeAsync();

    public async ValueTask DisposeAsync() => await Chain.DisposeAsync();
}
