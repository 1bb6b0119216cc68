using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CredChain.Core.Disclosure;
using CredChain.Core.Documents;
using CredChain.Verifier.Tests.Chain;
using CredChain.Verifier.Tests.Infrastructure;

namespace CredChain.Verifier.Tests.Verification;

/// <summary>Every verdict status through <c>POST /api/v1/verify</c>, against real dev nodes.</summary>
[Collection(DevNetworksGroup.Name)]
public sealed class VerifyApiChainTests : IDisposable
{
    private static readonly string[] AllValid =
    [
        "wellFormed:valid:documentWellFormed",
        "integrity:valid:targetHashMatches",
        "merklePath:valid:merklePathValid",
        "anchored:valid:rootAnchored",
        "issuerIdentity:valid:issuerMatchesAnchor",
        "notRevoked:valid:notRevoked",
        "issuerAccredited:valid:issuerAccredited",
        "validityWindow:valid:withinValidityWindow",
    ];

    private readonly DevNetworksFixture _chain;
    private readonly PortalFactory _portal;
    private readonly HttpClient _client;

    public VerifyApiChainTests(DevNetworksFixture chain)
    {
        _chain = chain;
        _portal = new PortalFactory(chain.PortalSettings(), fakeClockForVerdictsOnly: true);
        _client = _portal.CreateClient();
    }

    private DateTimeOffset Now => _portal.Time.GetUtcNow();

    public void Dispose() => _portal.Dispose();

    private static string Mutate(CredentialDocument document, Action<JsonNode> change)
    {
        var node = JsonNode.Parse(document.ToJsonString())!;
        change(node);
        return node.ToJsonString();
    }

    private static VerdictSummary Expect(string status, params string[] replaced) =>
        new(status, string.Join(" | ", AllValid.Select(c => replaced.SingleOrDefault(r => r.Split(':')[0] == c.Split(':')[0]) ?? c)));

    [Fact]
    public async Task Verify_AnchoredCredential_IsValidWithBilingualIssuerNetworkAndBlocks()
    {
        var document = await _chain.IssueAsync(_chain.Education, _chain.Tsinghua, Now.AddDays(-30));

        var verdict = await _client.VerifyAsync(document);

        Assert.Equal(Expect("valid"), verdict.Summary());
        var issuer = verdict.GetProperty("issuer");
        var network = verdict.GetProperty("network");
        Assert.Equal(
            ("示例大学", "Example University", "Example University", document.Credential.Issuer.Id),
            (issuer.GetProperty("nameZh").GetString(), issuer.GetProperty("nameEn").GetString(), issuer.GetProperty("nameInDocument").GetString(), issuer.GetProperty("id").GetString()));
        Assert.Equal(
            (1337L, _chain.Education.Deployment.CredentialRegistryAddress.ToLowerInvariant(), true, "中国高等教育学历链", "China Higher Education Chain"),
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
            _chain.PortalSettings(("Index:Enabled", fromTheIndex ? "true" : "false")), fakeClockForVerdictsOnly: true);
        var client = portal.CreateClient();
        var document = await _chain.IssueAsync(_chain.Education, _chain.Tsinghua, Now.AddDays(-30));
        if (fromTheIndex)
        {
            await portal.WaitForIndexAsync(_chain.Education, await _chain.Education.HeadAsync());
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
        var document = await _chain.IssueAsync(_chain.Vocational, _chain.Skills, Now.AddDays(-30));

        var verdict = await _client.VerifyAsync(document);

        Assert.Equal(Expect("valid"), verdict.Summary());
        Assert.Equal(
            (31337L, "职业技能证书链", "示例职业技术学院"),
            (verdict.GetProperty("network").GetProperty("chainId").GetInt64(), verdict.GetProperty("network").GetProperty("nameZh").GetString(), verdict.GetProperty("issuer").GetProperty("nameZh").GetString()));
    }

    [Fact]
    public async Task Verify_WithHiddenFields_IsStillValidAndReportsTheHiddenCount()
    {
        var document = await _chain.IssueAsync(_chain.Education, _chain.Tsinghua, Now.AddDays(-30));
        var hidden = SelectiveDisclosure.Hide(document, ["/credentialSubject/gpa", "/credentialSubject/studentNumber"]);

        var verdict = await _client.VerifyAsync(hidden);

        Assert.Equal(Expect("valid"), verdict.Summary());
        Assert.Equal(2, verdict.GetProperty("hiddenFieldCount").GetInt32());
        var paths = verdict.GetProperty("disclosedFields").EnumerateArray().Select(f => f.GetProperty("path").GetString()!).ToArray();
        Assert.Equal(["/credentialSubject/name", "/credentialSubject/degree", "/credentialSubject/major", "/credentialSubject/honours/0", "/credentialSubject/honours/1"], paths);
    }

    [Fact]
    public async Task Verify_RevokedCredential_IsRevokedWithItsReason()
    {
        var document = await _chain.IssueAsync(_chain.Education, _chain.Tsinghua, Now.AddDays(-30));
        var proof = document.Proof;
        await _chain.Education.Registry.RevokeCredentialAsync(_chain.Tsinghua, proof.MerkleRoot!.Value.ToByteArray(), proof.TargetHash.ToByteArray(), proof.MerklePath.Select(h => h.ToByteArray()).ToList(), 3);
        await _portal.WaitForIndexAsync(_chain.Education, await _chain.Education.HeadAsync());

        var verdict = await _client.VerifyAsync(document);

        Assert.Equal(Expect("revoked", "notRevoked:invalid:credentialRevoked"), verdict.Summary());
        Assert.Equal((3, false), (verdict.GetProperty("revocation").GetProperty("reasonCode").GetInt32(), verdict.GetProperty("revocation").GetProperty("wholeBatch").GetBoolean()));
    }

    [Fact]
    public async Task Verify_CredentialOfARevokedBatch_IsRevoked()
    {
        var batch = await _chain.Education.IssueBatchAsync(_chain.Tsinghua, "Example University", [DevNetworksFixture.Subject("李四"), DevNetworksFixture.Subject("王五")], Now.AddDays(-30));
        await _chain.Education.Registry.RevokeBatchAsync(_chain.Tsinghua, batch[0].Proof.MerkleRoot!.Value.ToByteArray(), 2);
        await _portal.WaitForIndexAsync(_chain.Education, await _chain.Education.HeadAsync());

        var first = await _client.VerifyAsync(batch[0]);
        var second = await _client.VerifyAsync(batch[1]);

        Assert.Equal(Expect("revoked", "notRevoked:invalid:batchRevoked"), first.Summary());
        Assert.Equal(Expect("revoked", "notRevoked:invalid:batchRevoked"), second.Summary());
        Assert.Equal((2, true), (second.GetProperty("revocation").GetProperty("reasonCode").GetInt32(), second.GetProperty("revocation").GetProperty("wholeBatch").GetBoolean()));
    }

    [Fact]
    public async Task Verify_AfterTheIssuerIsSuspended_StaysValidBecauseItWasAccreditedAtAnchoring()
    {
        var issuer = await _chain.Education.NewAccreditedIssuerAsync("停办学院", "Closed College");
        var document = (await _chain.Education.IssueBatchAsync(issuer, "Closed College", [DevNetworksFixture.Subject()], Now.AddDays(-30)))[0];
        // A suspension in the same second as the anchor counts against it (the contract's isAccreditedAt uses since <= t).
        await _chain.Education.Node.AdvanceTimeAsync(TimeSpan.FromSeconds(5));
        await _chain.Education.Governance.SuspendAsync(_chain.Education.Governor, issuer.Address);
        await _portal.WaitForIndexAsync(_chain.Education, await _chain.Education.HeadAsync());

        var verdict = await _client.VerifyAsync(document);

        Assert.Equal(Expect("valid", "issuerAccredited:valid:issuerAccreditedThenInactive"), verdict.Summary());
    }

    [Fact]
    public async Task Verify_IssuerSuspendedAtTheAnchoringInstant_IsIssuerNotAccredited()
    {
        var issuer = await _chain.Education.NewAccreditedIssuerAsync("暂停学院", "Suspended College");
        var document = (await _chain.Education.IssueBatchAsync(issuer, "Suspended College", [DevNetworksFixture.Subject()], Now.AddDays(-30)))[0];
        var anchoredAt = await _chain.Education.LatestBlockTimeAsync();
        // Mine the suspension with the anchor's own timestamp: the registry then holds it against the anchor.
        await _chain.Education.Web3.Client.SendRequestAsync("evm_setNextBlockTimestamp", null, anchoredAt.ToUnixTimeSeconds());
        await _chain.Education.Governance.SuspendAsync(_chain.Education.Governor, issuer.Address);
        await _portal.WaitForIndexAsync(_chain.Education, await _chain.Education.HeadAsync());

        var verdict = await _client.VerifyAsync(document);

        Assert.Equal(Expect("issuerNotAccredited", "issuerAccredited:invalid:issuerNotAccreditedAtAnchoring"), verdict.Summary());
    }

    [Fact]
    public async Task Verify_AfterValidUntil_IsExpired()
    {
        var document = await _chain.IssueAsync(_chain.Education, _chain.Tsinghua, Now.AddDays(-30), Now.AddDays(10));

        _portal.Time.Advance(TimeSpan.FromDays(11));
        var verdict = await _client.VerifyAsync(document);

        Assert.Equal(Expect("expired", "validityWindow:invalid:expired"), verdict.Summary());
    }

    [Fact]
    public async Task Verify_BeforeValidFrom_IsNotYetValid()
    {
        var document = await _chain.IssueAsync(_chain.Education, _chain.Tsinghua, Now.AddDays(5));

        var verdict = await _client.VerifyAsync(document);

        Assert.Equal(Expect("notYetValid", "validityWindow:invalid:notYetValid"), verdict.Summary());
    }

    [Fact]
    public async Task Verify_IssuedButNeverAnchored_IsNotAnchored()
    {
        var document = _chain.Education.IssueUnanchored(_chain.Tsinghua, "Example University", DevNetworksFixture.Subject(), Now.AddDays(-1));

        var verdict = await _client.VerifyAsync(document);

        Assert.Equal(("notAnchored", true), (verdict.Summary().Status, verdict.Summary().Has("anchored:invalid:anchorMissing")));
    }

    public static TheoryData<string, string, string> Tampering => new()
    {
        { "field", "tampered", "integrity:invalid:targetHashMismatch" },
        { "salt", "tampered", "integrity:invalid:targetHashMismatch" },
        { "path element", "tampered", "merklePath:invalid:merklePathInvalid" },
        { "root", "tampered", "merklePath:invalid:merklePathInvalid" },
        { "issuer id", "tampered", "integrity:invalid:targetHashMismatch" },
        // Both dev nodes deploy from the same account and nonce, so the registry address is the same on both:
        // the other trusted chain id points at a registry that never saw this root.
        { "chain id", "notAnchored", "anchored:invalid:rootNotAnchored" },
        { "untrusted chain id", "unknownNetwork", "anchored:invalid:unknownNetwork" },
    };

    [Theory]
    [MemberData(nameof(Tampering))]
    public async Task Verify_TamperedCredential_IsRejectedWithTheReason(string what, string status, string failedCheck)
    {
        var document = await _chain.IssueAsync(_chain.Education, _chain.Tsinghua, Now.AddDays(-30));
        var tampered = Mutate(document, node =>
        {
            var proof = node["proof"]!;
            switch (what)
            {
                case "field":
                    node["credentialSubject"]!["degree"] = "Doctor of Philosophy";
                    break;
                case "salt":
                    proof["salts"]!["/credentialSubject/degree"] = "0x" + new string('1', 32);
                    break;
                case "path element":
                    proof["merklePath"] = new JsonArray("0x" + new string('a', 64));
                    break;
                case "root":
                    proof["merkleRoot"] = "0x" + new string('b', 64);
                    break;
                case "issuer id":
                    node["issuer"]!["id"] = "did:pkh:eip155:1337:0x" + new string('c', 40);
                    break;
                case "chain id":
                    proof["anchor"]!["chainId"] = 31337;
                    break;
                case "untrusted chain id":
                    proof["anchor"]!["chainId"] = 999;
                    break;
            }
        });

        var verdict = await _client.VerifyAsync(tampered);

        var summary = verdict.Summary();
        Assert.Equal((status, true, false), (summary.Status, summary.Has(failedCheck), summary.Checks.Contains(":error:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Verify_NetworkNotOnTheTrustList_IsUnknownNetwork()
    {
        using var portal = new PortalFactory(_chain.Education.Settings(0).ToDictionary(kv => kv.Key, kv => kv.Value), fakeClockForVerdictsOnly: true);
        var document = await _chain.IssueAsync(_chain.Vocational, _chain.Skills, Now.AddDays(-30));

        var verdict = await portal.CreateClient().VerifyAsync(document);

        Assert.Equal("unknownNetwork", verdict.Summary().Status);
        Assert.True(verdict.Summary().Has("anchored:invalid:unknownNetwork"));
        Assert.False(verdict.GetProperty("network").GetProperty("trusted").GetBoolean());
    }

    [Fact]
    public async Task Verify_MalformedButCredentialShapedDocument_Is200Malformed()
    {
        var document = await _chain.IssueAsync(_chain.Education, _chain.Tsinghua, Now.AddDays(-30));
        var broken = Mutate(document, node => node["validFrom"] = "yesterday");

        var response = await _client.PostVerifyAsync(broken);
        var verdict = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<JsonElement>(response.Content);

        Assert.Equal((HttpStatusCode.OK, "malformed"), (response.StatusCode, verdict.Summary().Status));
        Assert.True(verdict.Summary().Has("wellFormed:invalid:documentMalformed"));
    }
}
