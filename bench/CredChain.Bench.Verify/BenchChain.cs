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

namespace CredChain.Bench.Verify;

/// <summary>A dev node with the registries deployed and one accredited university.</summary>
internal sealed class BenchChain : IAsyncDisposable
{
    private BenchChain(DevNode node, RegistryDeployment deployment, CredentialRegistryClient registry)
    {
        Node = node;
        Deployment = deployment;
        Registry = registry;
    }

    public DevNode Node { get; }

    public RegistryDeployment Deployment { get; }

    public CredentialRegistryClient Registry { get; }

    /// <summary>The OpenAttestation workload, once set up; the portal lists its store in the trust list.</summary>
    public OpenAttestationWorkload? OpenAttestation { get; private set; }

    public async Task<OpenAttestationWorkload> SetUpOpenAttestationAsync() => OpenAttestation = await OpenAttestationWorkload.SetUpAsync(this);

    public static async Task<BenchChain> StartAsync()
    {
        var node = await DevNode.StartAsync();
        var web3 = node.CreateWeb3();
        var transactions = new TransactionService(web3, node.TransactionOptions);
        var deployment = await RegistryDeployer.DeployAsync(transactions, node.Accounts[0], node.Accounts[0].Address);
        var governance = new IssuerRegistryClient(web3, deployment.IssuerRegistryAddress, transactions);
        await governance.AccreditAsync(node.Accounts[0], node.Accounts[1].Address, new IssuerProfile("示例大学", "Example University", "example.edu.cn"), DateTimeOffset.FromUnixTimeSeconds(0), null);
        return new BenchChain(node, deployment, new CredentialRegistryClient(web3, deployment.CredentialRegistryAddress, transactions));
    }

    /// <summary>A typical certificate (about 15 fields, Chinese and Latin), anchored in a batch of 1,000.</summary>
    public async Task<CredentialDocument> IssueAnchoredCredentialAsync()
    {
        var issuer = Node.Accounts[1];
        var factory = new CredentialFactory(TimeProvider.System, RandomNumberGenerator.Create());
        var issuerRef = IssuerRef.ForAccount(Node.ChainId, issuer.Address, "示例大学 Example University");
        var documents = Enumerable.Range(0, 1000).Select(i => factory.Create(new CredentialDraft(
            issuerRef,
            ["UniversityDegreeCredential"],
            JsonSerializer.SerializeToElement(new
            {
                id = $"did:example:graduate-{i}",
                name = "张伟",
                nameEn = "Zhang Wei",
                studentNumber = $"2022{i:000000}",
                degree = new { type = "BachelorDegree", name = "工学学士", nameEn = "Bachelor of Engineering", major = "计算机科学与技术", majorEn = "Computer Science and Technology" },
                graduationDate = "2026-06-30",
                creditsEarned = 162,
                gpa = 3.71,
                honours = new[] { "优秀毕业生", "Dean's List" },
            }),
            new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero)))).ToList();
        var tree = MerkleTree.Build(documents.Select(d => d.Proof.TargetHash));
        var receipt = await Registry.AnchorAsync(issuer, tree.Root.ToByteArray());
        var anchor = new AnchorRef(Node.ChainId, Deployment.CredentialRegistryAddress, Hash32.Parse(receipt.TransactionHash), (long)receipt.BlockNumber.Value);
        return documents[417].WithAnchor(tree.Root, tree.GetProof(documents[417].Proof.TargetHash), anchor);
    }

    public async ValueTask DisposeAsync() => await Node.DisposeAsync();
}
