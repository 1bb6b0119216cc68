using CredChain.Verifier.Tests.Chain;

namespace CredChain.Verifier.Tests.Verification;

/// <summary>Revocation and suspension through <c>POST /api/v1/verify</c>, against real dev nodes.</summary>
[Collection(DevNetworksGroup.Name)]
public sealed class VerifyApiRevocationTests(DevNetworksFixture chain) : VerifyApiChainTestBase(chain)
{
    [Fact]
    public async Task Verify_RevokedCredential_IsRevokedWithItsReason()
    {
        var document = await Chain.IssueAsync(Chain.Education, Chain.Tsinghua, Now.AddDays(-30));
        var proof = document.Proof;
        await Chain.Education.Registry.RevokeCredentialAsync(Chain.Tsinghua, proof.MerkleRoot!.Value.ToByteArray(), proof.TargetHash.ToByteArray(), proof.MerklePath.Select(h => h.ToByteArray()).ToList(), 3);
        await Portal.WaitForIndexAsync(Chain.Education, await Chain.Education.HeadAsync());

        var verdict = await Client.VerifyAsync(document);

        Assert.Equal(Expect("revoked", "notRevoked:invalid:credentialRevoked"), verdict.Summary());
        Assert.Equal((3, false), (verdict.GetProperty("revocation").GetProperty("reasonCode").GetInt32(), verdict.GetProperty("revocation").GetProperty("wholeBatch").GetBoolean()));
    }

    [Fact]
    public async Task Verify_CredentialOfARevokedBatch_IsRevoked()
    {
        var batch = await Chain.Education.IssueBatchAsync(Chain.Tsinghua, "Example University", [DevNetworksFixture.Subject("李四"), DevNetworksFixture.Subject("王五")], Now.AddDays(-30));
        await Chain.Education.Registry.RevokeBatchAsync(Chain.Tsinghua, batch[0].Proof.MerkleRoot!.Value.ToByteArray(), 2);
        await Portal.WaitForIndexAsync(Chain.Education, await Chain.Education.HeadAsync());

        var first = await Client.VerifyAsync(batch[0]);
        var second = await Client.VerifyAsync(batch[1]);

        Assert.Equal(Expect("revoked", "notRevoked:invalid:batchRevoked"), first.Summary());
        Assert.Equal(Expect("revoked", "notRevoked:invalid:batchRevoked"), second.Summary());
        Assert.Equal((2, true), (second.GetProperty("revocation").GetProperty("reasonCode").GetInt32(), second.GetProperty("revocation").GetProperty("wholeBatch").GetBoolean()));
    }

    [Fact]
    public async Task Verify_AfterTheIssuerIsSuspended_StaysValidBecauseItWasAccreditedAtAnchoring()
    {
        var issuer = await Chain.Education.NewAccreditedIssuerAsync("停办学院", "Closed College");
        var document = (await Chain.Education.IssueBatchAsync(issuer, "Closed College", [DevNetworksFixture.Subject()], Now.AddDays(-30)))[0];
        // A suspension in the same second as the anchor counts against it (the contract's isAccreditedAt uses since <= t).
        await Chain.Education.Node.AdvanceTimeAsync(TimeSpan.FromSeconds(5));
        await Chain.Education.Governance.SuspendAsync(Chain.Education.Governor, issuer.Address);
        await Portal.WaitForIndexAsync(Chain.Education, await Chain.Education.HeadAsync());

        var verdict = await Client.VerifyAsync(document);

        Assert.Equal(Expect("valid", "issuerAccredited:valid:issuerAccreditedThenInactive"), verdict.Summary());
    }

    [Fact]
    public async Task Verify_IssuerSuspendedAtTheAnchoringInstant_IsIssuerNotAccredited()
    {
        var issuer = await Chain.Education.NewAccreditedIssuerAsync("暂停学院", "Suspended College");
        var document = (await Chain.Education.IssueBatchAsync(issuer, "Suspended College", [DevNetworksFixture.Subject()], Now.AddDays(-30)))[0];
        var anchoredAt = await Chain.Education.LatestBlockTimeAsync();
        // Mine the suspension with the anchor's own timestamp: the registry then holds it against the anchor.
        await Chain.Education.Web3.Client.SendRequestAsync("evm_setNextBlockTimestamp", null, anchoredAt.ToUnixTimeSeconds());
        await Chain.Education.Governance.SuspendAsync(Chain.Education.Governor, issuer.Address);
        await Portal.WaitForIndexAsync(Chain.Education, await Chain.Education.HeadAsync());

        var verdict = await Client.VerifyAsync(document);

        Assert.Equal(Expect("issuerNotAccredited", "issuerAccredited:invalid:issuerNotAccreditedAtAnchoring"), verdict.Summary());
    }
}
