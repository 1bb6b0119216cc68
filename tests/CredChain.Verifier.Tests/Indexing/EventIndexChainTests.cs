using CredChain.Core.Verification;
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
        new(network.Node.ChainId, network.Deployment.CredentialRegistryAddress, document.Proof.MerkleRoot!.Value, document.Proof.TargetHash, document.Proof.MerklePath);

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
            var fromIndex = index.TryAnswer(document.Proof.MerkleRoot!.Value, document.Proof.TargetHash, document.Proof.MerklePath);
            var fromChain = await registry.CallAsync(trusted, Query(network, document), CancellationToken.None);

            // The same answer, including where the root was anchored: the batch's anchoring receipt.
            Assert.Equal(fromChain, fromIndex);
            Assert.Equal((document.Proof.Anchor!.BlockNumber, document.Proof.Anchor.TransactionHash), (fromIndex!.AnchoredInBlock, fromIndex.AnchorTransactionHash));
        }

        Assert.Equal(head, index.IndexedTo!.Number);
    }

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
