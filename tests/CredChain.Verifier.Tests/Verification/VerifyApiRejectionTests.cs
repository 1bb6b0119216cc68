using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CredChain.Verifier.Tests.Chain;
using CredChain.Verifier.Tests.Infrastructure;

namespace CredChain.Verifier.Tests.Verification;

/// <summary>Every verdict that is not valid for the document itself or its window through <c>POST /api/v1/verify</c>, against real dev nodes: expired, not yet valid, never anchored, tampered, untrusted network, malformed.</summary>
[Collection(DevNetworksGroup.Name)]
public sealed class VerifyApiRejectionTests(DevNetworksFixture chain) : VerifyApiChainTestBase(chain)
{
    [Fact]
    public async Task Verify_AfterValidUntil_IsExpired()
    {
        var document = await Chain.IssueAsync(Chain.Education, Chain.Tsinghua, Now.AddDays(-30), Now.AddDays(10));

        Portal.Time.Advance(TimeSpan.FromDays(11));
        var verdict = await Client.VerifyAsync(document);

        Assert.Equal(Expect("expired", "validityWindow:invalid:expired"), verdict.Summary());
    }

    [Fact]
    public async Task Verify_BeforeValidFrom_IsNotYetValid()
    {
        var document = await Chain.IssueAsync(Chain.Education, Chain.Tsinghua, Now.AddDays(5));

        var verdict = await Client.VerifyAsync(document);

        Assert.Equal(Expect("notYetValid", "validityWindow:invalid:notYetValid"), verdict.Summary());
    }

    [Fact]
    public async Task Verify_IssuedButNeverAnchored_IsNotAnchored()
    {
        var document = Chain.Education.IssueUnanchored(Chain.Tsinghua, "Example University", DevNetworksFixture.Subject(), Now.AddDays(-1));

        var verdict = await Client.VerifyAsync(document);

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
        var document = await Chain.IssueAsync(Chain.Education, Chain.Tsinghua, Now.AddDays(-30));
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

        var verdict = await Client.VerifyAsync(tampered);

        var summary = verdict.Summary();
        Assert.Equal((status, true, false), (summary.Status, summary.Has(failedCheck), summary.Checks.Contains(":error:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Verify_NetworkNotOnTheTrustList_IsUnknownNetwork()
    {
        using var portal = new PortalFactory(Chain.Education.Settings(0).ToDictionary(kv => kv.Key, kv => kv.Value), fakeClockForVerdictsOnly: true);
        var document = await Chain.IssueAsync(Chain.Vocational, Chain.Skills, Now.AddDays(-30));

        var verdict = await portal.CreateClient().VerifyAsync(document);

        Assert.Equal("unknownNetwork", verdict.Summary().Status);
        Assert.True(verdict.Summary().Has("anchored:invalid:unknownNetwork"));
        Assert.False(verdict.GetProperty("network").GetProperty("trusted").GetBoolean());
    }

    [Fact]
    public async Task Verify_MalformedButCredentialShapedDocument_Is200Malformed()
    {
        var document = await Chain.IssueAsync(Chain.Education, Chain.Tsinghua, Now.AddDays(-30));
        var broken = Mutate(document, node => node["validFrom"] = "yesterday");

        var response = await Client.PostVerifyAsync(broken);
        var verdict = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<JsonElement>(response.Content);

        Assert.Equal((HttpStatusCode.OK, "malformed"), (response.StatusCode, verdict.Summary().Status));
        Assert.True(verdict.Summary().Has("wellFormed:invalid:documentMalformed"));
    }
}
