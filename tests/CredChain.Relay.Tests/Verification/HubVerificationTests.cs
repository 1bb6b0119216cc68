using CredChain.Core.Checkpoints;
using CredChain.Ethereum.Hub.Proofs;
using CredChain.Relay.Tests.Support;

namespace CredChain.Relay.Tests.Verification;

[Collection(TwoChains.Name)]
public sealed class HubVerificationTests(TwoChainsFixture chains)
{
    private const string Valid =
        "valid | wellFormed:valid:documentWellFormed | integrity:valid:targetHashMatches | merklePath:valid:merklePathValid"
        + " | anchored:valid:rootAnchoredViaHub | issuerIdentity:valid:issuerMatchesAnchor | notRevoked:valid:notRevokedAsOfCheckpoint"
        + " | issuerAccredited:valid:issuerAccredited | validityWindow:valid:withinValidityWindow";

    [Fact]
    public async Task PortalTrustingOnlyTheHub_VerifiesValid_ThenRevokedAfterTheNextCheckpoint()
    {
        await using var world = await HubWorld.CreateAsync(chains);
        var relayUrl = await world.Host.StartAndGetUrlAsync();
        var (document, tree) = await Credentials.IssueAsync(world);
        await world.RoundAsync();
        await using var portal = await HubPortal.StartAsync(world, relayUrl);

        var valid = await portal.VerifyAsync(document);
        await Credentials.RevokeAsync(world, document, tree);
        var beforeCheckpoint = await portal.VerifyAsync(document);
        await world.RoundAsync();
        var revoked = await portal.VerifyAsync(document);

        Assert.Equal(Valid, valid.Summary);
        var head = await world.MemberHeadAsync();
        Assert.Equal(
            $"Not revoked as of National Credential Hub checkpoint 1, member block {head - 1}, ",
            Detail(valid.Verdict, "notRevoked")[..$"Not revoked as of National Credential Hub checkpoint 1, member block {head - 1}, ".Length]);
        Assert.Equal(("Example University Chain", true), (valid.Verdict.GetProperty("network").GetProperty("nameEn").GetString(), valid.Verdict.GetProperty("network").GetProperty("trusted").GetBoolean()));
        Assert.Equal(Valid, beforeCheckpoint.Summary);
        Assert.Equal(Valid.Replace("valid | ", "revoked | ", StringComparison.Ordinal).Replace("notRevoked:valid:notRevokedAsOfCheckpoint", "notRevoked:invalid:credentialRevoked", StringComparison.Ordinal), revoked.Summary);
        Assert.Equal(4, revoked.Verdict.GetProperty("revocation").GetProperty("reasonCode").GetInt32());
    }

    [Fact]
    public async Task CheckpointFromARelayThePortalDoesNotAccept_IsRefused()
    {
        await using var world = await HubWorld.CreateAsync(chains);
        var relayUrl = await world.Host.StartAndGetUrlAsync();
        var (document, _) = await Credentials.IssueAsync(world);
        await world.RoundAsync();
        var someoneElse = (await chains.Hub.CreateFundedAccountAsync()).Address;
        await using var portal = await HubPortal.StartAsync(world, relayUrl, relayAccount: someoneElse);

        var verdict = await portal.VerifyAsync(document);

        Assert.Equal(Refused("hubRelayNotAccepted"), verdict.Summary);
    }

    [Theory]
    [InlineData("forged root")]
    [InlineData("replayed under another checkpoint")]
    [InlineData("forged proof node")]
    public async Task TamperedRelayAnswer_IsRefusedAsProofRejected(string tampering)
    {
        await using var world = await HubWorld.CreateAsync(chains);
        var relayUrl = await world.Host.StartAndGetUrlAsync();
        var (document, _) = await Credentials.IssueAsync(world);
        await world.RoundAsync();
        await world.MineAsync(1);
        await world.RoundAsync();
        await using var liar = await TamperingRelay.StartAsync(relayUrl, bundle => bundle with { Entries = bundle.Entries.Select(e => Tamper(e, tampering)).ToList() });
        await using var portal = await HubPortal.StartAsync(world, liar.Url);

        var verdict = await portal.VerifyAsync(document);

        Assert.Equal(Refused("hubProofRejected"), verdict.Summary);
    }

    private static HubEntryProof Tamper(HubEntryProof proof, string tampering) => tampering switch
    {
        "forged root" when proof.Kind == (int)CheckpointEventKind.RootAnchored => proof with { Fields = [proof.Fields[0], "0x" + new string('a', 64), proof.Fields[2]] },
        "replayed under another checkpoint" => proof with { Sequence = proof.Sequence + 1 },
        "forged proof node" when proof.Proof.Count > 0 => proof with { Proof = ["0x" + new string('b', 64), .. proof.Proof.Skip(1)] },
        "forged proof node" => proof with { Proof = ["0x" + new string('b', 64)] },
        _ => proof,
    };

    // A relay that lies does not make the document tampered: the verdict is that it could not be verified, with the reason.
    private static string Refused(string code) =>
        $"couldNotVerify | wellFormed:valid:documentWellFormed | integrity:valid:targetHashMatches | merklePath:valid:merklePathValid"
        + $" | anchored:invalid:{code} | issuerIdentity:skipped:skippedAnchorUnavailable | notRevoked:skipped:skippedAnchorUnavailable"
        + " | issuerAccredited:skipped:skippedAnchorUnavailable | validityWindow:valid:withinValidityWindow";

    private static string Detail(System.Text.Json.JsonElement verdict, string kind) =>
        verdict.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == kind).GetProperty("detail").GetString()!;
}
