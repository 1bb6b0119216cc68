using CredChain.Core.Verification;
using CredChain.Testing.Network;
using CredChain.Verifier.Indexing;
using CredChain.Verifier.Networks;
using CredChain.Verifier.Tests.Chain;
using CredChain.Verifier.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Nethereum.Contracts;

namespace CredChain.Verifier.Tests.Indexing;

/// <summary>The event index against real dev nodes: same answers as the chain, and no gap or duplicate across an outage.</summary>
[Collection(DevNetworksGroup.Name)]
public sealed class EventIndexChainTests(DevNetworksFixture chain)
{
    private static AnchorQuery Query(DevNetwork network, Core.Documents.CredentialDocument document) =>
        new(network.Node.ChainId, network.Deployment.CredentialRegistryAddress, document.Credential.Issuer.Address, document.Proof.MerkleRoot!.Value, document.Proof.TargetHash, document.Proof.MerklePath);

    [Fact]
    public async Task Index_AnswersExactlyWhatTheRegistrysVerifyViewAnswers()
    {
        using var portal = new PortalFactory(chain.PortalSettings(), fakeClockForVerdictsOnly: true);
        _ = portal.CreateClient();
        var network = chain.Education;
        var issuer = await network.NewAccreditedIssuerAsync("一致性大学", "Consistency University");
        var batch = await network.IssueBatchAsync(issuer, "Consistency University", [DevNetworksFixture.Subject("甲"), DevNetworksFixture.Subject("乙"), DevNetworksFixture.Subject("丙")], portal.Time.GetUtcNow().AddDays(-1));
        var proof = batch[1].Proof;
        await network.Registry.RevokeCredentialAsync(issuer, proof.MerkleRoot!.Value.ToByteArray(), proof.TargetHash.ToByteArray(), proof.MerklePath.Select(h => h.ToByteArray()).ToList(), 4);
        await network.Node.AdvanceTimeAsync(TimeSpan.FromSeconds(5));
        await network.Governance.SuspendAsync(network.Governor, issuer.Address);
        var head = await network.HeadAsync();
        await portal.WaitForIndexAsync(network, head);
        var index = portal.Services.GetRequiredService<NetworkIndexes>().All.Single(i => i.Network.Key == network.Key);
        var registry = portal.Services.GetRequiredService<ChainAnchorRegistry>();
        var trusted = portal.Services.GetRequiredService<NetworkTrustList>().All.Single(n => n.Key == network.Key);

        foreach (var document in batch)
        {
            var fromIndex = index.TryAnswer(document.Credential.Issuer.Address, document.Proof.MerkleRoot!.Value, document.Proof.TargetHash, document.Proof.MerklePath);
            var fromChain = await registry.CallAsync(trusted, Query(network, document), CancellationToken.None);

            // The same answer, including where the root was anchored: the batch's anchoring receipt.
            Assert.Equal(fromChain, fromIndex);
            Assert.Equal((document.Proof.Anchor!.BlockNumber, document.Proof.Anchor.TransactionHash), (fromIndex!.AnchoredInBlock, fromIndex.AnchorTransactionHash));
        }

        Assert.Equal(head, index.IndexedTo!.Number);
    }

    [Fact]
    public async Task Index_WithRotationCompromiseAndVoidRevocations_AnswersExactlyWhatTheRegistrysVerifyViewAnswers()
    {
        using var portal = new PortalFactory(chain.PortalSettings(), fakeClockForVerdictsOnly: true);
        _ = portal.CreateClient();
        var network = chain.Education;
        var validFrom = portal.Time.GetUtcNow().AddDays(-1);
        var stolen = await network.NewAccreditedIssuerAsync("规则大学", "Rules University");
        var legitimate = await network.IssueBatchAsync(stolen, "Rules University", [DevNetworksFixture.Subject("甲"), DevNetworksFixture.Subject("乙"), DevNetworksFixture.Subject("丙")], validFrom);
        await network.Registry.RevokeCredentialAsync(stolen, Root(legitimate[2]), legitimate[2].Proof.TargetHash.ToByteArray(), Path(legitimate[2]), 1);
        await network.Node.AdvanceTimeAsync(TimeSpan.FromMinutes(1));
        var since = await network.LatestBlockTimeAsync();
        var forged = await network.IssueBatchAsync(stolen, "Rules University", [DevNetworksFixture.Subject("伪")], validFrom);
        await network.Registry.RevokeBatchAsync(stolen, Root(legitimate[0]), 2);
        await network.Registry.RevokeCredentialAsync(stolen, Root(legitimate[0]), legitimate[1].Proof.TargetHash.ToByteArray(), Path(legitimate[1]), 3);
        await network.Governance.DeclareCompromisedAsync(network.Governor, stolen.Address, since);
        var successor = await network.Node.CreateFundedAccountAsync();
        await network.Governance.RotateKeyAsync(network.Governor, stolen.Address, successor.Address, since.AddDays(-1), null);
        await network.Governance.AccreditAsync(network.Governor, successor.Address, new IssuerProfile("规则大学（新）", "Rules University (new)", "rules.edu.cn"), since.AddDays(-1), null);
        await network.Registry.RevokeCredentialAsync(successor, stolen.Address, Root(legitimate[0]), legitimate[0].Proof.TargetHash.ToByteArray(), Path(legitimate[0]), 5);
        var fresh = await network.IssueBatchAsync(successor, "Rules University", [DevNetworksFixture.Subject("新")], validFrom);
        var head = await network.HeadAsync();
        await portal.WaitForIndexAsync(network, head);
        var index = portal.Services.GetRequiredService<NetworkIndexes>().All.Single(i => i.Network.Key == network.Key);
        var registry = portal.Services.GetRequiredService<ChainAnchorRegistry>();
        var trusted = portal.Services.GetRequiredService<NetworkTrustList>().All.Single(n => n.Key == network.Key);

        var answers = new List<AnchorRecord?>();
        foreach (var document in legitimate.Concat(forged).Concat(fresh))
        {
            var fromIndex = index.TryAnswer(document.Credential.Issuer.Address, document.Proof.MerkleRoot!.Value, document.Proof.TargetHash, document.Proof.MerklePath);
            var fromChain = await registry.CallAsync(trusted, Query(network, document), CancellationToken.None);
            Assert.Equal(fromChain, fromIndex);
            answers.Add(fromIndex);
        }

        // And the rules did apply: the thief's batch revocation and its revocation of 乙 are void, 甲's revocation by
        // the successor and 丙's earlier one stand; the forged root is after the compromise; names are the institution's.
        Assert.Equal(
            [(5, false, false), (null, false, false), (1, false, false), (null, false, true), (null, true, false)],
            answers.Select(a => ((int?)a!.CredentialRevocation?.ReasonCode ?? a.BatchRevocation?.ReasonCode, a.KeyCompromise is null, a.KeyCompromise?.RootAnchoredAfter == true)));
        Assert.All(answers, a => Assert.Equal("Rules University (new)", a!.Issuer!.NameEn));
    }

    private static byte[] Root(Core.Documents.CredentialDocument document) => document.Proof.MerkleRoot!.Value.ToByteArray();

    private static List<byte[]> Path(Core.Documents.CredentialDocument document) => [.. document.Proof.MerklePath.Select(h => h.ToByteArray())];

    [Fact]
    public async Task Index_AfterTheRpcGoesAwayAndComesBack_CatchesUpWithoutGapsOrDuplicates()
    {
        var network = chain.Education;
        await using var proxy = new TcpProxy(network.Node.RpcUrl);
        proxy.Start();
        var settings = chain.PortalSettings(
            ("Portal:Networks:0:RpcUrl", proxy.Url.ToString()),
            ("Index:RetryDelay", "00:00:00.050"),
            ("Index:MaxRetryDelay", "00:00:00.200"),
            ("Index:MaxStaleness", "00:00:00.500"),
            ("Portal:HealthDetailsKey", HealthKey));
        using var portal = new PortalFactory(settings, fakeClockForVerdictsOnly: true);
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.Add("X-Health-Key", HealthKey);
        var before = await chain.IssueAsync(network, chain.Tsinghua, portal.Time.GetUtcNow().AddDays(-1));
        await portal.WaitForIndexAsync(network, await network.HeadAsync());

        proxy.Stop();
        var during = await chain.IssueAsync(network, chain.Tsinghua, portal.Time.GetUtcNow().AddDays(-1));
        await network.Registry.RevokeBatchAsync(chain.Tsinghua, before.Proof.MerkleRoot!.Value.ToByteArray(), 5);
        await Task.Delay(TimeSpan.FromSeconds(1)); // let the index go stale (MaxStaleness 0.5 s)
        var whileAway = await client.VerifyAsync(during);
        var healthWhileAway = await HealthStatusAsync(client);
        var anonymousWhileAway = await portal.CreateClient().GetStringAsync("/health");
        proxy.Start();
        var head = await network.HeadAsync();
        await portal.WaitForIndexAsync(network, head);
        var afterBefore = await client.VerifyAsync(before);
        var afterDuring = await client.VerifyAsync(during);
        var healthAfter = await HealthStatusAsync(client);

        Assert.Equal(("couldNotVerify", true), (whileAway.Summary().Status, whileAway.Summary().Has("anchored:error:anchorLookupFailed")));
        Assert.Equal(("revoked", "valid"), (afterBefore.Summary().Status, afterDuring.Summary().Status));
        Assert.Equal(("Degraded", "Healthy", """{"status":"Healthy"}"""), (healthWhileAway, healthAfter, anonymousWhileAway));
        var index = portal.Services.GetRequiredService<NetworkIndexes>().All.Single(i => i.Network.Key == network.Key);
        var anchoredOnChain = await network.Registry.GetRootAnchoredEventsAsync(new BlockRange(network.DeploymentBlock, head));
        Assert.Equal((anchoredOnChain.Count, head), (index.AnchorCount, index.IndexedTo!.Number));
    }

    private const string HealthKey = "index-test-health-key-0123456789abcdef";

    private static async Task<string?> HealthStatusAsync(HttpClient client) =>
        System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/health")).RootElement.GetProperty("status").GetString();

    [Fact]
    public void Portal_WhoseRpcServesAnotherChainId_RefusesToStart()
    {
        var settings = chain.Education.Settings(0).ToDictionary(kv => kv.Key, kv => kv.Value);
        settings["Portal:Networks:0:ChainId"] = "4242";
        using var portal = new PortalFactory(settings, fakeClockForVerdictsOnly: true);

        var error = Assert.Throws<ChainIdMismatchException>(() => portal.CreateClient());

        Assert.Equal(("cn-edu", 4242L, 1337L), (error.Network, error.Expected, error.Actual));
    }
}
