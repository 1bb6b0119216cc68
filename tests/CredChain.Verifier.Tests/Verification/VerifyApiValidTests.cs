using System.Text.Json;
using CredChain.Core.Disclosure;
using CredChain.Verifier.Tests.Chain;
using CredChain.Verifier.Tests.Infrastructure;

namespace CredChain.Verifier.Tests.Verification;

/// <summary>Valid verdicts through <c>POST /api/v1/verify</c>, against real dev nodes: anchored, anchored elsewhere than the document says, on the second network, with hidden fields.</summary>
[Collection(DevNetworksGroup.Name)]
public sealed class VerifyApiValidTests(DevNetworksFixture chain) : VerifyApiChainTestBase(chain)
{
    [Fact]
    public async Task Verify_AnchoredCredential_IsValidWithBilingualIssuerNetworkAndBlocks()
    {
        var document = await Chain.IssueAsync(Chain.Education, Chain.Tsinghua, Now.AddDays(-30));

        var verdict = await Client.VerifyAsync(document);

        Assert.Equal(Expect("valid"), verdict.Summary());
        var issuer = verdict.GetProperty("issuer");
        var network = verdict.GetProperty("network");
        Assert.Equal(
            ("示例大学", "Example University", "Example University", document.Credential.Issuer.Id),
            (issuer.GetProperty("nameZh").GetString(), issuer.GetProperty("nameEn").GetString(), issuer.GetProperty("nameInDocument").GetString(), issuer.GetProperty("id").GetString()));
        Assert.Equal(
            (1337L, Chain.Education.Deployment.CredentialRegistryAddress.ToLowerInvariant(), true, "中国高等教育学历链", "China Higher Education Chain"),
            (network.GetProperty("chainId").GetInt64(), network.GetProperty("registry").GetString()!.ToLowerInvariant(), network.GetProperty("trusted").GetBoolean(), network.GetProperty("nameZh").GetString(), network.GetProperty("nameEn").GetString()));
        Assert.Equal(("有效", "Valid"), (verdict.GetProperty("statusText").GetProperty("zh").GetString(), verdict.GetProperty("statusText").GetProperty("en").GetString()));
        Assert.Equal(document.Proof.Anchor!.BlockNumber, verdict.GetProperty("anchor").GetProperty("blockNumber").GetInt64());
        Assert.True(verdict.GetProperty("asOf").GetProperty("number").GetInt64() >= document.Proof.Anchor.BlockNumber);
        Assert.Equal(JsonValueKind.Null, verdict.GetProperty("revocation").ValueKind);
        Assert.Equal(0, verdict.GetProperty("hiddenFieldCount").GetInt32());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Verify_DocumentNamingAnotherAnchorTransaction_IsValidAndShowsWhereTheChainAnchoredIt(bool fromTheIndex)
    {
        // The anchor's block and transaction are not hashed: a document may claim any, so the verdict shows the chain's,
        // whether the event index answers or (index off or behind) the registry's verify view and the root's event.
        using var portal = new PortalFactory(
            Chain.PortalSettings(("Index:Enabled", fromTheIndex ? "true" : "false")), fakeClockForVerdictsOnly: true);
        var client = portal.CreateClient();
        var document = await Chain.IssueAsync(Chain.Education, Chain.Tsinghua, Now.AddDays(-30));
        if (fromTheIndex)
        {
            await portal.WaitForIndexAsync(Chain.Education, await Chain.Education.HeadAsync());
        }

        var claimed = Mutate(document, node =>
        {
            node["proof"]!["anchor"]!["blockNumber"] = 1;
            node["proof"]!["anchor"]!["transactionHash"] = "0x" + new string('e', 64);
        });

        var verdict = await client.VerifyAsync(claimed);

        var anchor = verdict.GetProperty("anchor");
        Assert.Equal(Expect("valid"), verdict.Summary());
        Assert.Equal(
            (document.Proof.Anchor!.BlockNumber, document.Proof.Anchor.TransactionHash.ToString()),
            (anchor.GetProperty("blockNumber").GetInt64(), anchor.GetProperty("transactionHash").GetString()));
    }

    [Fact]
    public async Task Verify_CredentialOnTheSecondNetwork_IsValidThroughTheSamePortal()
    {
        var document = await Chain.IssueAsync(Chain.Vocational, Chain.Skills, Now.AddDays(-30));

        var verdict = await Client.VerifyAsync(document);

        Assert.Equal(Expect("valid"), verdict.Summary());
        Assert.Equal(
            (31337L, "职业技能证书链", "示例职业技术学院"),
            (verdict.GetProperty("network").GetProperty("chainId").GetInt64(), verdict.GetProperty("network").GetProperty("nameZh").GetString(), verdict.GetProperty("issuer").GetProperty("nameZh").GetString()));
    }

    [Fact]
    public async Task Verify_WithHiddenFields_IsStillValidAndReportsTheHiddenCount()
    {
        var document = await Chain.IssueAsync(Chain.Education, Chain.Tsinghua, Now.AddDays(-30));
        var hidden = SelectiveDisclosure.Hide(document, ["/credentialSubject/gpa", "/credentialSubject/studentNumber"]);

        var verdict = await Client.VerifyAsync(hidden);

        Assert.Equal(Expect("valid"), verdict.Summary());
        Assert.Equal(2, verdict.GetProperty("hiddenFieldCount").GetInt32());
        var paths = verdict.GetProperty("disclosedFields").EnumerateArray().Select(f => f.GetProperty("path").GetString()!).ToArray();
        Assert.Equal(["/credentialSubject/name", "/credentialSubject/degree", "/credentialSubject/major", "/credentialSubject/honours/0", "/credentialSubject/honours/1"], paths);
    }
}
