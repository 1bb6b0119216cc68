using System.Security.Cryptography;
using System.Text.Json;
using CredChain.Cli.Tests.Support;
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
using CredChain.Testing.Chain;
using CredChain.Testing.Network;
using static CredChain.Cli.Tests.Support.VerdictOutput;

namespace CredChain.Cli.Tests.Commands.Verify;

/// <summary>
/// <c>credchain verify --rpc</c> against a node that refuses <c>eth_getLogs</c> over more than 1000 blocks, as Besu
/// does by default (anvil has no limit), with more than 1000 blocks of history: every verdict is given.
/// </summary>
public sealed class VerifyRpcLogRangeLimitTests : IDisposable
{
    private const int BesuDefaultLimit = 1000;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(BesuDefaultLimit, null)]
    [InlineData(250, "250")]
    public async Task VerifyRpc_OnANodeWithALogRangeLimit_GivesValidNotAnchoredAndIssuerMismatch(int nodeLimit, string? maxLogsRange)
    {
        await using var node = await DevNode.StartAsync();
        var web3 = node.CreateWeb3();
        var transactions = new TransactionService(web3, node.TransactionOptions);
        var deployment = await RegistryDeployer.DeployAsync(transactions, node.Accounts[0], node.Accounts[0].Address);
        var governance = new IssuerRegistryClient(web3, deployment.IssuerRegistryAddress, transactions);
        var registry = new CredentialRegistryClient(web3, deployment.CredentialRegistryAddress, transactions);
        var (real, other) = (await node.CreateFundedAccountAsync(), await node.CreateFundedAccountAsync());
        foreach (var account in new[] { real, other })
        {
            await governance.AccreditAsync(node.Accounts[0], account.Address, new IssuerProfile("限幅大学", "Range University", "range.edu.cn"), TimeProvider.System.GetUtcNow().AddDays(-30), null);
        }

        await web3.MineAsync(1200);

        var documents = new List<string>();
        var otherAnchorBlock = 0L;
        foreach (var anchoredBy in new[] { real, null, other })
        {
            var draft = new CredentialFactory(TimeProvider.System, RandomNumberGenerator.Create()).Create(new CredentialDraft(
                IssuerRef.ForAccount(node.ChainId, real.Address, "Range University"), ["UniversityDegreeCredential"], JsonSerializer.SerializeToElement(new { name = "张三" }), TimeProvider.System.GetUtcNow().AddDays(-1)));
            var tree = MerkleTree.Build([draft.Proof.TargetHash]);
            var receipt = await registry.AnchorAsync(anchoredBy ?? real, anchoredBy is null ? Hash32.FromBytes(RandomNumberGenerator.GetBytes(32)).ToByteArray() : tree.Root.ToByteArray());
            var anchor = new AnchorRef(node.ChainId, deployment.CredentialRegistryAddress, Hash32.Parse(receipt.TransactionHash), (long)receipt.BlockNumber.Value);
            otherAnchorBlock = anchor.BlockNumber;
            documents.Add(_temp.Combine($"{documents.Count}.json"));
            await File.WriteAllTextAsync(documents[^1], draft.WithAnchor(tree.Root, tree.GetProof(draft.Proof.TargetHash), anchor).ToJsonString());
        }

        // A node configured below Besu's default needs --max-logs-range; at the default the option can be left out.
        await using var proxy = new LogRangeLimitProxy(node.RpcUrl, nodeLimit);
        var runs = new List<CliRun>();
        foreach (var document in documents)
        {
            string[] limit = maxLogsRange is null ? [] : ["--max-logs-range", maxLogsRange];
            runs.Add(await CliRun.InvokeAsync(["verify", document, "--rpc", proxy.Url.ToString(), "--registry", deployment.CredentialRegistryAddress, "--json", .. limit]));
        }

        Assert.Equal(["valid", "notAnchored", "issuerMismatch"], runs.Select(Status));
        Assert.Equal((0, true), (proxy.Refused, proxy.WidestServed > 0 && proxy.WidestServed <= nodeLimit));

        // --from-block is where the search for another account's anchor starts: from after that anchor, none is found.
        var late = await CliRun.InvokeAsync(["verify", documents[2], "--rpc", proxy.Url.ToString(), "--registry", deployment.CredentialRegistryAddress, "--json", "--from-block", (otherAnchorBlock + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.Equal("notAnchored", Status(late));
    }
}
