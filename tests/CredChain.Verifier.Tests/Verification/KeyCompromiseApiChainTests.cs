using System.Text.Json;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Merkle;
using CredChain.Ethereum.Errors;
using CredChain.Verifier.Tests.Chain;
using CredChain.Verifier.Tests.Infrastructure;
using Nethereum.Web3.Accounts;

namespace CredChain.Verifier.Tests.Verification;

/// <summary>
/// Issue 13's drills through <c>POST /api/v1/verify</c> on a real dev node, answered by the event index and by the
/// registry's verify view (index off): a stolen key, a squatted root, a rotated key.
/// </summary>
[Collection(DevNetworksGroup.Name)]
public sealed class KeyCompromiseApiChainTests(DevNetworksFixture chain)
{
    private DevNetwork Network => chain.Education;

    private static VerdictSummary Expect(string status, params string[] replaced) => VerifyApiChainTestBase.Expect(status, replaced);

    private PortalFactory Portal(bool fromTheIndex) =>
        new(chain.PortalSettings(("Index:Enabled", fromTheIndex ? "true" : "false")), fakeClockForVerdictsOnly: true);

    private async Task<HttpClient> ReadyAsync(PortalFactory portal, bool fromTheIndex)
    {
        var client = portal.CreateClient();
        if (fromTheIndex)
        {
            await portal.WaitForIndexAsync(Network, await Network.HeadAsync());
        }

        return client;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Drill_CompromisedKey_ForgedBatchAfterTheDeclaredPointIsInvalid_EarlierOneStaysValid_ThiefCannotRevoke(bool fromTheIndex)
    {
        using var portal = Portal(fromTheIndex);
        var now = portal.Time.GetUtcNow();
        var issuer = await Network.NewAccreditedIssuerAsync("失窃大学", "Stolen Key University");
        var legitimate = await IssueAsync(issuer, "Stolen Key University", now.AddDays(-30));
        await Network.Node.AdvanceTimeAsync(TimeSpan.FromMinutes(1));
        var since = await Network.LatestBlockTimeAsync();
        // The thief, holding the key from `since` on: anchors a forged batch and revokes the legitimate one.
        var forged = await IssueAsync(issuer, "Stolen Key University", now.AddDays(-1), DevNetworksFixture.Subject("伪造 Forged", "Doctor of Philosophy"));
        await Network.Registry.RevokeBatchAsync(issuer, Root(legitimate), 1);
        await Network.Node.AdvanceTimeAsync(TimeSpan.FromMinutes(1));

        await Network.Governance.DeclareCompromisedAsync(Network.Governor, issuer.Address, since);

        var later = await Assert.ThrowsAsync<ContractRevertException>(() => Network.Registry.RevokeBatchAsync(issuer, Root(legitimate), 1));
        var client = await ReadyAsync(portal, fromTheIndex);
        var forgedVerdict = await client.VerifyAsync(forged);
        var legitimateVerdict = await client.VerifyAsync(legitimate);

        Assert.Equal(ChainErrorCode.KeyCompromised, later.Code);
        Assert.Equal(Expect("issuerKeyCompromised", "issuerAccredited:invalid:issuerKeyCompromised"), forgedVerdict.Summary());
        Assert.Equal(Expect("valid", "issuerAccredited:valid:issuerKeyCompromisedLater"), legitimateVerdict.Summary());
        Assert.Equal((since, true), KeyCompromise(forgedVerdict));
        Assert.Equal((since, false), KeyCompromise(legitimateVerdict));
        Assert.Equal(JsonValueKind.Null, legitimateVerdict.GetProperty("revocation").ValueKind);
        Assert.Equal(
            ("颁发机构密钥已泄露", "Issuer key compromised"),
            (forgedVerdict.GetProperty("statusText").GetProperty("zh").GetString(), forgedVerdict.GetProperty("statusText").GetProperty("en").GetString()));
    }

    [Fact]
    public async Task ResultPage_ForgedAndLegitimateCredentialsOfACompromisedKey_SayWhichSideOfTheDeclaredPointTheyFall()
    {
        using var portal = Portal(fromTheIndex: true);
        var now = portal.Time.GetUtcNow();
        var issuer = await Network.NewAccreditedIssuerAsync("页面大学", "Page University");
        var legitimate = await IssueAsync(issuer, "Page University", now.AddDays(-30));
        await Network.Node.AdvanceTimeAsync(TimeSpan.FromMinutes(1));
        var since = await Network.LatestBlockTimeAsync();
        var forged = await IssueAsync(issuer, "Page University", now.AddDays(-1));
        await Network.Governance.DeclareCompromisedAsync(Network.Governor, issuer.Address, since);
        await ReadyAsync(portal, fromTheIndex: true);

        var forgedPage = await PostResultPageAsync(portal, forged, "en");
        var legitimatePage = await PostResultPageAsync(portal, legitimate, "zh-CN");

        var declared = since.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"The issuer&#x27;s key was declared compromised as of {declared}; this credential was recorded after that", forgedPage, StringComparison.Ordinal);
        Assert.Contains("data-status=\"IssuerKeyCompromised\"", forgedPage, StringComparison.Ordinal);
        Assert.Contains($"颁发机构的密钥已被宣告自 {declared} 起泄露；此证书记录于其前", legitimatePage, StringComparison.Ordinal);
        Assert.Contains("data-status=\"Valid\"", legitimatePage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task VoidRevocation_ByTheThiefBetweenSinceAndTheDeclaration_CountsUntilDeclaredAndNotAfter(bool fromTheIndex)
    {
        using var portal = Portal(fromTheIndex);
        var issuer = await Network.NewAccreditedIssuerAsync("撤销大学", "Void Revocation University");
        var document = await IssueAsync(issuer, "Void Revocation University", portal.Time.GetUtcNow().AddDays(-30));
        await Network.Node.AdvanceTimeAsync(TimeSpan.FromMinutes(1));
        var since = await Network.LatestBlockTimeAsync();
        var proof = document.Proof;
        await Network.Registry.RevokeCredentialAsync(issuer, Root(document), proof.TargetHash.ToByteArray(), [.. proof.MerklePath.Select(h => h.ToByteArray())], 3);
        var client = await ReadyAsync(portal, fromTheIndex);
        var beforeDeclaration = await client.VerifyAsync(document);

        await Network.Governance.DeclareCompromisedAsync(Network.Governor, issuer.Address, since);

        await ReadyAsync(portal, fromTheIndex);
        var afterDeclaration = await client.VerifyAsync(document);
        Assert.Equal(Expect("revoked", "notRevoked:invalid:credentialRevoked"), beforeDeclaration.Summary());
        Assert.Equal(Expect("valid", "issuerAccredited:valid:issuerKeyCompromisedLater"), afterDeclaration.Summary());
        Assert.Equal(JsonValueKind.Null, afterDeclaration.GetProperty("revocation").ValueKind);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RootSquatting_AnotherIssuerAnchoringTheSameRootFirst_DoesNotAffectTheRealIssuersRecord(bool fromTheIndex)
    {
        using var portal = Portal(fromTheIndex);
        var real = await Network.NewAccreditedIssuerAsync("真实大学", "Real University");
        var squatter = await Network.NewAccreditedIssuerAsync("抢注学院", "Squatter College");
        var draft = Network.IssueUnanchored(real, "Real University", DevNetworksFixture.Subject(), portal.Time.GetUtcNow().AddDays(-30));
        var tree = MerkleTree.Build([draft.Proof.TargetHash]);
        // The squatter saw the real issuer's anchor in the pool and got its own in first.
        var squatted = await Network.Registry.AnchorAsync(squatter, tree.Root.ToByteArray());
        var client = await ReadyAsync(portal, fromTheIndex);
        var onlySquatted = await client.VerifyAsync(WithAnchor(draft, tree, squatted));

        await Network.Node.AdvanceTimeAsync(TimeSpan.FromSeconds(5));
        var anchored = await Network.Registry.AnchorAsync(real, tree.Root.ToByteArray());
        await Network.Registry.RevokeBatchAsync(squatter, tree.Root.ToByteArray(), 9);
        await ReadyAsync(portal, fromTheIndex);
        var document = WithAnchor(draft, tree, anchored);
        var verdict = await client.VerifyAsync(document);

        Assert.Equal(
            Expect(
                "issuerMismatch",
                "anchored:invalid:rootAnchoredByAnotherAccount",
                "issuerIdentity:invalid:issuerAddressMismatch",
                "notRevoked:skipped:skippedAnchorUnavailable",
                "issuerAccredited:skipped:skippedAnchorUnavailable"),
            onlySquatted.Summary());
        Assert.Equal(Expect("valid"), verdict.Summary());
        Assert.Equal(
            ((long)anchored.BlockNumber.Value, anchored.TransactionHash, "Real University"),
            (verdict.GetProperty("anchor").GetProperty("blockNumber").GetInt64(), verdict.GetProperty("anchor").GetProperty("transactionHash").GetString(), verdict.GetProperty("issuer").GetProperty("nameEn").GetString()));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Rotation_TheNewKeyRevokesAnOldCredential_AndTheOthersStayValidUnderTheInstitutionsName(bool fromTheIndex)
    {
        using var portal = Portal(fromTheIndex);
        var old = await Network.NewAccreditedIssuerAsync("轮换大学", "Rotation University");
        var batch = await Network.IssueBatchAsync(old, "Rotation University", [DevNetworksFixture.Subject("甲"), DevNetworksFixture.Subject("乙")], portal.Time.GetUtcNow().AddDays(-30));
        await Network.Node.AdvanceTimeAsync(TimeSpan.FromSeconds(5));
        var successor = await Network.Node.CreateFundedAccountAsync();
        await Network.Governance.RotateKeyAsync(Network.Governor, old.Address, successor.Address, (await Network.LatestBlockTimeAsync()).AddMinutes(-1), null);

        var proof = batch[0].Proof;
        await Network.Registry.RevokeCredentialAsync(successor, old.Address, Root(batch[0]), proof.TargetHash.ToByteArray(), [.. proof.MerklePath.Select(h => h.ToByteArray())], 4);

        var client = await ReadyAsync(portal, fromTheIndex);
        var revoked = await client.VerifyAsync(batch[0]);
        var kept = await client.VerifyAsync(batch[1]);
        Assert.Equal(Expect("revoked", "notRevoked:invalid:credentialRevoked", "issuerAccredited:valid:issuerAccreditedThenInactive"), revoked.Summary());
        Assert.Equal(Expect("valid", "issuerAccredited:valid:issuerAccreditedThenInactive"), kept.Summary());
        Assert.Equal(4, revoked.GetProperty("revocation").GetProperty("reasonCode").GetInt32());
        Assert.Equal(("轮换大学", "Rotation University"), (kept.GetProperty("issuer").GetProperty("nameZh").GetString(), kept.GetProperty("issuer").GetProperty("nameEn").GetString()));
    }

    private static byte[] Root(CredentialDocument document) => document.Proof.MerkleRoot!.Value.ToByteArray();

    private static (DateTimeOffset Since, bool AnchoredAfter) KeyCompromise(JsonElement verdict)
    {
        var compromise = verdict.GetProperty("keyCompromise");
        return (compromise.GetProperty("since").GetDateTimeOffset(), compromise.GetProperty("anchoredAfter").GetBoolean());
    }

    private async Task<CredentialDocument> IssueAsync(Account issuer, string name, DateTimeOffset validFrom, JsonElement? subject = null) =>
        (await Network.IssueBatchAsync(issuer, name, [subject ?? DevNetworksFixture.Subject()], validFrom))[0];

    private CredentialDocument WithAnchor(CredentialDocument draft, MerkleTree tree, Nethereum.RPC.Eth.DTOs.TransactionReceipt receipt) =>
        draft.WithAnchor(
            tree.Root,
            tree.GetProof(draft.Proof.TargetHash),
            new AnchorRef(Network.Node.ChainId, Network.Deployment.CredentialRegistryAddress, Hash32.Parse(receipt.TransactionHash), (long)receipt.BlockNumber.Value));

    private static async Task<string> PostResultPageAsync(PortalFactory portal, CredentialDocument document, string language)
    {
        var client = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });
        client.DefaultRequestHeaders.Add("Accept-Language", language);
        var home = await client.GetStringAsync("/");
        var token = System.Text.RegularExpressions.Regex.Match(home, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(document.ToUtf8Bytes()), "file", "credential.json" },
        };
        var response = await client.PostAsync("/result", form);
        return await response.Content.ReadAsStringAsync();
    }
}
