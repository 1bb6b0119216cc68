using System.Net;
using System.Text.Json;
using CredChain.Verifier.Tests.Chain;
using CredChain.Verifier.Tests.Infrastructure;

namespace CredChain.Verifier.Tests.OpenAttestation;

/// <summary>
/// OpenAttestation v2 documents (wrapped by the real library, see <c>tests/vectors/openattestation</c>) through
/// <c>POST /api/v1/verify</c>, answered by the real DocumentStore on a dev node: one verdict per outcome, each whole.
/// </summary>
[Collection(DevNetworksGroup.Name)]
public sealed class OpenAttestationApiChainTests(DevNetworksFixture chain) : IDisposable
{
    private readonly PortalFactory _portal = new(chain.PortalSettings(("Index:Enabled", "false")), fakeClockForVerdictsOnly: true);

    public static TheoryData<string, string, string> Outcomes() => new()
    {
        { "batch-0", "valid", "anchored:valid:rootIssuedInDocumentStore | issuerIdentity:valid:documentStoreListed | notRevoked:valid:notRevoked" },
        { "obfuscated", "valid", "anchored:valid:rootIssuedInDocumentStore | issuerIdentity:valid:documentStoreListed | notRevoked:valid:notRevoked" },
        { "batch-4", "revoked", "anchored:valid:rootIssuedInDocumentStore | issuerIdentity:valid:documentStoreListed | notRevoked:invalid:documentRevokedInStore" },
        { "other-batch-1", "revoked", "anchored:valid:rootIssuedInDocumentStore | issuerIdentity:valid:documentStoreListed | notRevoked:invalid:rootRevokedInStore" },
        { "single", "notAnchored", "anchored:invalid:rootNotIssuedInDocumentStore | issuerIdentity:valid:documentStoreListed | notRevoked:valid:notRevoked" },
        { "unknown-store", "unknownIssuer", "anchored:invalid:documentStoreNotListed | issuerIdentity:invalid:unknownIssuer | notRevoked:skipped:skippedAnchorUnavailable" },
        { "token-registry", "unsupported", "anchored:invalid:transferableDocumentUnsupported | issuerIdentity:skipped:skippedNotApplicable | notRevoked:skipped:skippedNotApplicable" },
    };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public async Task Each_outcome_has_its_status_and_reasons(string document, string status, string storeChecks)
    {
        var verdict = await _portal.CreateClient().VerifyAsync(OpenAttestationDevStore.Document(document));

        Assert.Equal(
            new VerdictSummary(status, "wellFormed:valid:documentWellFormed | integrity:valid:targetHashMatches | merklePath:valid:merklePathValid | " + storeChecks),
            verdict.Summary());
        Assert.Equal("openattestation-v2", verdict.GetProperty("format").GetString());
    }

    [Theory]
    [InlineData("tampered-value", "integrity:invalid:targetHashMismatch | merklePath:valid:merklePathValid")]
    [InlineData("tampered-obfuscated-data", "integrity:invalid:targetHashMismatch | merklePath:valid:merklePathValid")]
    [InlineData("tampered-period-key", "integrity:invalid:dataKeyNotFlattenable | merklePath:valid:merklePathValid")]
    [InlineData("tampered-proof", "integrity:valid:targetHashMatches | merklePath:invalid:merklePathInvalid")]
    public async Task A_tampered_document_is_tampered_whatever_the_store_says(string document, string integrity)
    {
        var verdict = await _portal.CreateClient().VerifyAsync(OpenAttestationDevStore.Document(document));

        Assert.Equal(
            new VerdictSummary("tampered", "wellFormed:valid:documentWellFormed | " + integrity
                + " | anchored:valid:rootIssuedInDocumentStore | issuerIdentity:valid:documentStoreListed | notRevoked:valid:notRevoked"),
            verdict.Summary());
        Assert.Empty(verdict.GetProperty("disclosedFields").EnumerateArray());
    }

    [Fact]
    public async Task A_valid_verdict_names_the_listed_institution_and_shows_the_disclosed_values()
    {
        var verdict = await _portal.CreateClient().VerifyAsync(OpenAttestationDevStore.Document("obfuscated"));

        var issuer = verdict.GetProperty("issuer");
        Assert.Equal(
            (chain.OpenAttestation.Store.Address.ToLowerInvariant(), "Demo University 演示大学", OpenAttestationDevStore.NameZh, OpenAttestationDevStore.NameEn, OpenAttestationDevStore.DnsLocation),
            (issuer.GetProperty("address").GetString(), issuer.GetProperty("nameInDocument").GetString(), issuer.GetProperty("nameZh").GetString(), issuer.GetProperty("nameEn").GetString(), issuer.GetProperty("domain").GetString()));
        Assert.Equal((1337, true), (verdict.GetProperty("network").GetProperty("chainId").GetInt64(), verdict.GetProperty("network").GetProperty("trusted").GetBoolean()));
        Assert.Equal(11, verdict.GetProperty("hiddenFieldCount").GetInt32());
        var fields = verdict.GetProperty("disclosedFields").EnumerateArray().ToDictionary(f => f.GetProperty("path").GetString()!, f => f.GetProperty("value").GetString()!);
        Assert.Equal("学生2", fields["/data/recipient/nameZh"]);
        Assert.Equal("1e+21", fields["/data/recipient/ratio"]);
        Assert.Equal("Computer Science", fields["/data/recipient/major"]);
        Assert.False(fields.ContainsKey("/data/recipient/gpa"));
        Assert.DoesNotContain(fields.Keys, k => k.StartsWith("/data/transcript", StringComparison.Ordinal));
        Assert.Equal(("未知颁发机构", "Unknown issuer"), Texts((await _portal.CreateClient().VerifyAsync(OpenAttestationDevStore.Document("unknown-store"))).GetProperty("statusText")));
    }

    [Fact]
    public async Task A_malformed_OpenAttestation_document_is_a_verdict_a_duplicate_key_or_neither_format_a_400()
    {
        var client = _portal.CreateClient();
        var malformed = await client.VerifyAsync("{\"version\":\"https://schema.openattestation.com/2.0/schema.json\",\"data\":{\"issuers\":[]},\"signature\":{\"type\":\"SHA3MerkleProof\"}}");
        var neither = await client.PostVerifyAsync("{\"data\":{\"name\":\"x\"}}");
        var duplicate = await client.PostVerifyAsync("{\"version\":\"https://schema.openattestation.com/2.0/schema.json\",\"data\":{\"a\":1,\"a\":2},\"signature\":{}}");

        Assert.Equal("malformed", malformed.GetProperty("status").GetString());
        Assert.Equal(("missingField", "/signature/targetHash"), (malformed.GetProperty("formatError").GetProperty("code").GetString(), malformed.GetProperty("formatError").GetProperty("path").GetString()));
        await ProblemAssert.HasAsync(duplicate, HttpStatusCode.BadRequest, "request.duplicate_key");
        await ProblemAssert.HasAsync(neither, HttpStatusCode.BadRequest, "request.not_a_credential");
    }

    public void Dispose() => _portal.Dispose();

    private static (string, string) Texts(JsonElement bilingual) => (bilingual.GetProperty("zh").GetString()!, bilingual.GetProperty("en").GetString()!);
}
