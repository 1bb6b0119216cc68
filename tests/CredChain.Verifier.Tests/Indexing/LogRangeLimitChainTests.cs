using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Merkle;
using CredChain.Testing.Chain;
using CredChain.Testing.Network;
using CredChain.Verifier.Indexing;
using CredChain.Verifier.Tests.Chain;
using CredChain.Verifier.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static CredChain.Verifier.Tests.Verification.VerifyApiChainTestBase;

namespace CredChain.Verifier.Tests.Indexing;

/// <summary>
/// The portal against a node that refuses <c>eth_getLogs</c> over more than 1000 blocks, as Besu does by default
/// (anvil has no limit), with more than 1000 blocks of history: the index catches up and the chain fallback gives
/// every verdict — valid, a root nobody anchored, a root another account anchored — without a refused request.
/// </summary>
[Collection(DevNetworksGroup.Name)]
public sealed class LogRangeLimitChainTests(DevNetworksFixture chain)
{
    private const int BesuDefaultLimit = 1000;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Verify_OnANodeWithBesusLogRangeLimit_GivesEveryVerdict(bool withTheIndex)
    {
        var network = chain.Education;
        await network.Web3.MineAsync(1200);

        await using var proxy = new LogRangeLimitProxy(network.Node.RpcUrl, BesuDefaultLimit);
        using var portal = new PortalFactory(
            chain.PortalSettings(("Portal:Networks:0:RpcUrl", proxy.Url.ToString()), ("Index:Enabled", withTheIndex ? "true" : "false")),
            fakeClockForVerdictsOnly: true);
        var client = portal.CreateClient();
        var (valid, forged, swapped) = await IssueAsync(network, portal.Time.GetUtcNow().AddDays(-1));
        if (withTheIndex)
        {
            await portal.WaitForIndexAsync(network, await network.HeadAsync());
        }

        var verdicts = new[] { await client.VerifyAsync(valid), await client.VerifyAsync(forged), await client.VerifyAsync(swapped) };

        Assert.Equal(
            [
                Expect("valid"),
                Expect("notAnchored", "anchored:invalid:rootNotAnchored", "issuerIdentity:skipped:skippedAnchorUnavailable", "notRevoked:skipped:skippedAnchorUnavailable", "issuerAccredited:skipped:skippedAnchorUnavailable"),
                Expect(
                    "issuerMismatch",
                    "anchored:invalid:rootAnchoredByAnotherAccount",
                    "issuerIdentity:invalid:issuerAddressMismatch",
                    "notRevoked:skipped:skippedAnchorUnavailable",
                    "issuerAccredited:skipped:skippedAnchorUnavailable"),
            ],
            verdicts.Select(v => v.Summary()));
        Assert.Equal(valid.Proof.Anchor!.BlockNumber, verdicts[0].GetProperty("anchor").GetProperty("blockNumber").GetInt64());
        Assert.Equal((0, true), (proxy.Refused, proxy.WidestServed is > 0 and <= BesuDefaultLimit));
        if (withTheIndex)
        {
            var index = portal.Services.GetRequiredService<NetworkIndexes>().All.Single(i => i.Network.Key == network.Key);
            Assert.True(index.IndexedTo!.Number - network.DeploymentBlock > BesuDefaultLimit);
        }
    }

    /// <summary>A valid credential, one whose root nobody anchored, and one naming an issuer that did not anchor its root (another account did).</summary>
    private static async Task<(CredentialDocument Valid, CredentialDocument Forged, CredentialDocument Swapped)> IssueAsync(DevNetwork network, DateTimeOffset validFrom)
    {
        var real = await network.NewAccreditedIssuerAsync("限幅大学", "Range Limit University");
        var squatter = await network.NewAccreditedIssuerAsync("限幅抢注学院", "Range Limit Squatter College");
        var valid = (await network.IssueBatchAsync(real, "Range Limit University", [DevNetworksFixture.Subject("甲")], validFrom))[0];
        var forgedDraft = network.IssueUnanchored(real, "Range Limit University", DevNetworksFixture.Subject("伪"), validFrom);
        var forged = WithAnchor(network, forgedDraft, valid.Proof.Anchor!.TransactionHash, valid.Proof.Anchor.BlockNumber);
        var swappedDraft = network.IssueUnanchored(real, "Range Limit University", DevNetworksFixture.Subject("乙"), validFrom);
        var squatted = await network.Registry.AnchorAsync(squatter, MerkleTree.Build([swappedDraft.Proof.TargetHash]).Root.ToByteArray());
        return (valid, forged, WithAnchor(network, swappedDraft, Hash32.Parse(squatted.TransactionHash), (long)squatted.BlockNumber.Value));
    }

    private static CredentialDocument WithAnchor(DevNetwork network, CredentialDocument draft, Hash32 transaction, long block)
    {
        var tree = MerkleTree.Build([draft.Proof.TargetHash]);
        return draft.WithAnchor(tree.Root, tree.GetProof(draft.Proof.TargetHash), new AnchorRef(network.Node.ChainId, network.Deployment.CredentialRegistryAddress, transaction, block));
    }
}
