using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Merkle;
using CredChain.Core.Tests.Support;
using CredChain.Core.Verification;
using Microsoft.Extensions.Time.Testing;

namespace CredChain.Core.Tests.Verification;

/// <summary>What a declared key compromise does to a verdict: roots anchored at or after the declared instant are void, earlier ones stay valid.</summary>
public sealed class IssuerKeyCompromiseTests
{
    private static readonly AnchorRef Anchor = new(Samples.ChainId, Samples.Registry, Keccak256.Hash("anchor-tx"u8), 118);

    // The registry double anchors every root at IssuedAt + 1 h.
    private static readonly DateTimeOffset AnchoredAt = Samples.IssuedAt.AddHours(1);

    private readonly InMemoryAnchorRegistry _registry = new();
    private readonly FakeTimeProvider _time = new(Samples.IssuedAt.AddDays(60));

    private CredentialVerifier Verifier => new(_registry, _time);

    private CredentialDocument AnchoredCredential()
    {
        var factory = Samples.Factory(seed: 23);
        var batch = Enumerable.Range(0, 3).Select(_ => factory.Create(Samples.Draft())).ToArray();
        var tree = MerkleTree.Build(batch.Select(d => d.Proof.TargetHash));
        _registry.Anchor(tree.Root);
        return batch[1].WithAnchor(tree.Root, tree.GetProof(batch[1].Proof.TargetHash), Anchor);
    }

    [Fact]
    public async Task Verify_AnchoredAfterTheDeclaredCompromise_IsIssuerKeyCompromised()
    {
        var document = AnchoredCredential();
        _registry.DeclareCompromised(AnchoredAt.AddMinutes(-30));

        var verdict = await Verifier.VerifyAsync(document);

        Assert.Equal(VerdictStatus.IssuerKeyCompromised, verdict.Status);
        Assert.Equal(
            CheckResult.Invalid(
                CheckKind.IssuerAccredited,
                ReasonCode.IssuerKeyCompromised,
                $"The key of {Samples.IssuerAddress} (Tsinghua University (tsinghua.edu.cn)) was declared compromised as of 2026-07-01T09:00:00.0000000+00:00; this credential was anchored after that, at 2026-07-01T09:30:00.0000000+00:00, so it may be forged."),
            verdict.ResultFor(CheckKind.IssuerAccredited));
        Assert.Equal(new IssuerKeyCompromise(AnchoredAt.AddMinutes(-30), RootAnchoredAfter: true), verdict.Anchor!.KeyCompromise);
    }

    [Fact]
    public async Task Verify_AnchoredInTheDeclaredSecond_CountsAsAfterTheCompromise()
    {
        var document = AnchoredCredential();
        _registry.DeclareCompromised(AnchoredAt);

        var verdict = await Verifier.VerifyAsync(document);

        Assert.Equal((VerdictStatus.IssuerKeyCompromised, ReasonCode.IssuerKeyCompromised), (verdict.Status, verdict.ResultFor(CheckKind.IssuerAccredited)!.Reason));
    }

    [Fact]
    public async Task Verify_AnchoredBeforeTheDeclaredCompromise_StaysValidAndSaysSo()
    {
        var document = AnchoredCredential();
        _registry.DeclareCompromised(AnchoredAt.AddDays(3));
        _registry.IssuerActiveNow = false;

        var verdict = await Verifier.VerifyAsync(document);

        Assert.Equal(VerdictStatus.Valid, verdict.Status);
        Assert.Equal(
            CheckResult.Valid(
                CheckKind.IssuerAccredited,
                ReasonCode.IssuerKeyCompromisedLater,
                $"Tsinghua University (tsinghua.edu.cn) was accredited when it anchored this credential at 2026-07-01T09:30:00.0000000+00:00; the key of {Samples.IssuerAddress} was declared compromised as of 2026-07-04T09:30:00.0000000+00:00, later than that, so this credential is not affected."),
            verdict.ResultFor(CheckKind.IssuerAccredited));
    }

    [Fact]
    public async Task Verify_CompromisedAfterAndRevoked_ReportsTheCompromiseFirst()
    {
        var document = AnchoredCredential();
        _registry.RevokeBatch(document.Proof.MerkleRoot!.Value, new Revocation(AnchoredAt.AddHours(1), 2));
        _registry.DeclareCompromised(AnchoredAt.AddSeconds(-1));

        var verdict = await Verifier.VerifyAsync(document);

        Assert.Equal(
            (VerdictStatus.IssuerKeyCompromised, CheckStatus.Invalid, CheckStatus.Invalid),
            (verdict.Status, verdict.ResultFor(CheckKind.NotRevoked)!.Status, verdict.ResultFor(CheckKind.IssuerAccredited)!.Status));
    }

    [Fact]
    public async Task Verify_CompromiseOfAnotherAccount_DoesNotTouchThisIssuer()
    {
        var document = AnchoredCredential();
        _registry.DeclareCompromised(AnchoredAt.AddDays(-1), issuerAddress: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8");

        var verdict = await Verifier.VerifyAsync(document);

        Assert.Equal((VerdictStatus.Valid, ReasonCode.IssuerAccredited, null), (verdict.Status, verdict.ResultFor(CheckKind.IssuerAccredited)!.Reason, verdict.Anchor!.KeyCompromise));
    }
}
