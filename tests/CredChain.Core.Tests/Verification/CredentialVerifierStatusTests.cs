using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Tests.Support;
using CredChain.Core.Verification;

namespace CredChain.Core.Tests.Verification;

/// <summary>The verdict's issuer, revocation, accreditation and validity checks, malformed input and failing checks.</summary>
public sealed class CredentialVerifierStatusTests : VerifierTestBase
{
    [Fact]
    public async Task Verify_AnchoredByAnotherAccount_ReturnsIssuerMismatch()
    {
        var document = AnchoredCredential(anchorOnChain: false);
        Registry.Anchor(document.Proof.MerkleRoot!.Value, issuerAddress: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        var verdict = await Verifier.VerifyAsync(document);
        Assert.Equal(VerdictStatus.IssuerMismatch, verdict.Status);
        Assert.Equal(
            ExpectedWith(
                (CheckKind.Anchored, CheckStatus.Invalid, ReasonCode.RootAnchoredByAnotherAccount),
                (CheckKind.IssuerIdentity, CheckStatus.Invalid, ReasonCode.IssuerAddressMismatch),
                (CheckKind.NotRevoked, CheckStatus.Skipped, ReasonCode.SkippedAnchorUnavailable),
                (CheckKind.IssuerAccredited, CheckStatus.Skipped, ReasonCode.SkippedAnchorUnavailable)),
            Summary(verdict));
        Assert.Equal(
            $"The issuer DID names {Samples.IssuerAddress} but the root was anchored by 0x70997970C51812dc3A010C7d01b50e0d17dc79C8.",
            verdict.ResultFor(CheckKind.IssuerIdentity)!.Message);
    }

    [Fact]
    public async Task Verify_AnchoringAddressInOtherCase_MatchesIssuer()
    {
        var document = AnchoredCredential();
        Registry.Anchor(document.Proof.MerkleRoot!.Value, issuerAddress: Samples.IssuerAddress.ToLowerInvariant());
        Assert.Equal(VerdictStatus.Valid, (await Verifier.VerifyAsync(document)).Status);
    }

    [Fact]
    public async Task Verify_IssuerDidOnOtherChain_ReturnsIssuerMismatch()
    {
        var document = AnchoredCredential(d => d with { Issuer = IssuerRef.ForAccount(1, Samples.IssuerAddress, "Tsinghua University") });
        var verdict = await Verifier.VerifyAsync(document);
        Assert.Equal(VerdictStatus.IssuerMismatch, verdict.Status);
        Assert.Equal(ReasonCode.IssuerChainMismatch, verdict.ResultFor(CheckKind.IssuerIdentity)!.Reason);
    }

    [Fact]
    public async Task Verify_CredentialRevoked_ReturnsRevokedWithWhenAndWhy()
    {
        var document = AnchoredCredential();
        var revocation = new Revocation(Samples.IssuedAt.AddDays(10), 3);
        Registry.RevokeCredential(document.Proof.TargetHash, revocation);

        var verdict = await Verifier.VerifyAsync(document);

        Assert.Equal(VerdictStatus.Revoked, verdict.Status);
        Assert.Equal(revocation, verdict.Revocation);
        Assert.Equal(
            new CheckResult(CheckKind.NotRevoked, CheckStatus.Invalid, ReasonCode.CredentialRevoked, "The issuer revoked this credential at 2026-07-11T08:30:00.0000000+00:00 (reason 3)."),
            verdict.ResultFor(CheckKind.NotRevoked));
    }

    [Fact]
    public async Task Verify_BatchRevoked_ReturnsRevoked()
    {
        var document = AnchoredCredential();
        Registry.RevokeBatch(document.Proof.MerkleRoot!.Value, new Revocation(Samples.IssuedAt.AddDays(2), 1));
        var verdict = await Verifier.VerifyAsync(document);
        Assert.Equal(VerdictStatus.Revoked, verdict.Status);
        Assert.Equal(ExpectedWith((CheckKind.NotRevoked, CheckStatus.Invalid, ReasonCode.BatchRevoked)), Summary(verdict));
    }

    [Fact]
    public async Task Verify_OtherCredentialOfBatchRevoked_StaysValid()
    {
        var document = AnchoredCredential();
        Registry.RevokeCredential(Keccak256.Hash("someone else"u8), new Revocation(Samples.IssuedAt, 1));
        Assert.Equal(VerdictStatus.Valid, (await Verifier.VerifyAsync(document)).Status);
    }

    [Fact]
    public async Task Verify_IssuerNotAccreditedAtAnchoring_ReturnsIssuerNotAccredited()
    {
        var document = AnchoredCredential();
        Registry.Anchor(document.Proof.MerkleRoot!.Value, accredited: false);
        var verdict = await Verifier.VerifyAsync(document);
        Assert.Equal(VerdictStatus.IssuerNotAccredited, verdict.Status);
        Assert.Equal(ExpectedWith((CheckKind.IssuerAccredited, CheckStatus.Invalid, ReasonCode.IssuerNotAccreditedAtAnchoring)), Summary(verdict));
    }

    [Fact]
    public async Task Verify_IssuerSuspendedAfterAnchoring_StaysValid()
    {
        var document = AnchoredCredential();
        Registry.IssuerActiveNow = false;
        var verdict = await Verifier.VerifyAsync(document);
        Assert.Equal(VerdictStatus.Valid, verdict.Status);
        Assert.Equal(ExpectedWith((CheckKind.IssuerAccredited, CheckStatus.Valid, ReasonCode.IssuerAccreditedThenInactive)), Summary(verdict));
    }

    [Fact]
    public async Task Verify_AfterValidUntil_ReturnsExpired()
    {
        var document = AnchoredCredential(d => d with { ValidUntil = Samples.IssuedAt.AddDays(30) });
        var verdict = await Verifier.VerifyAsync(document);
        Assert.Equal(VerdictStatus.Expired, verdict.Status);
        Assert.Equal(
            new CheckResult(CheckKind.ValidityWindow, CheckStatus.Invalid, ReasonCode.Expired, "The credential expired at 2026-07-31T08:30:00.0000000+00:00."),
            verdict.ResultFor(CheckKind.ValidityWindow));
    }

    [Fact]
    public async Task Verify_BeforeValidFrom_ReturnsNotYetValid()
    {
        var document = AnchoredCredential(d => d with { ValidFrom = Samples.IssuedAt.AddDays(90), ValidUntil = null });
        var verdict = await Verifier.VerifyAsync(document);
        Assert.Equal(VerdictStatus.NotYetValid, verdict.Status);
        Assert.Equal(ExpectedWith((CheckKind.ValidityWindow, CheckStatus.Invalid, ReasonCode.NotYetValid)), Summary(verdict));
    }

    [Fact]
    public async Task Verify_ClockMovesPastValidUntil_VerdictChanges()
    {
        var document = AnchoredCredential(d => d with { ValidUntil = Samples.IssuedAt.AddDays(61) });
        Assert.Equal(VerdictStatus.Valid, (await Verifier.VerifyAsync(document)).Status);
        Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(VerdictStatus.Expired, (await Verifier.VerifyAsync(document)).Status);
    }

    [Fact]
    public async Task Verify_RevokedAndExpired_ReportsRevoked()
    {
        var document = AnchoredCredential(d => d with { ValidUntil = Samples.IssuedAt.AddDays(30) });
        Registry.RevokeCredential(document.Proof.TargetHash, new Revocation(Samples.IssuedAt.AddDays(1), 2));
        Assert.Equal(VerdictStatus.Revoked, (await Verifier.VerifyAsync(document)).Status);
    }

    [Fact]
    public async Task Verify_MalformedBytes_ReturnsMalformedAndSkipsTheRest()
    {
        var verdict = await Verifier.VerifyAsync("{\"id\":1}"u8.ToArray());

        Assert.Equal(VerdictStatus.Malformed, verdict.Status);
        Assert.Equal(CredentialFormatError.MissingField, verdict.FormatError);
        Assert.Null(verdict.Document);
        Assert.Null(verdict.Network);
        Assert.Equal(
            new CheckResult(CheckKind.WellFormed, CheckStatus.Invalid, ReasonCode.DocumentMalformed, "The document is malformed (MissingField): The member \"@context\" is required. (at /@context)"),
            verdict.Results[0]);
        Assert.All(verdict.Results.Skip(1), r => Assert.Equal((CheckStatus.Skipped, ReasonCode.SkippedMalformedDocument), (r.Status, r.Reason)));
        Assert.Equal(0, Registry.Lookups);
    }

    [Fact]
    public async Task Verify_CheckThrows_BecomesErrorResult()
    {
        var document = AnchoredCredential();
        var verdict = await new CredentialVerifier(Registry, new ThrowingTimeProvider()).VerifyAsync(document);
        Assert.Equal(VerdictStatus.CouldNotVerify, verdict.Status);
        Assert.Equal(
            new CheckResult(CheckKind.ValidityWindow, CheckStatus.Error, ReasonCode.CheckFailed, "The check failed unexpectedly: InvalidOperationException: clock unavailable"),
            verdict.ResultFor(CheckKind.ValidityWindow));
    }

    [Fact]
    public async Task Verify_Cancelled_Throws()
    {
        var document = AnchoredCredential();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        Registry.Failure = new OperationCanceledException(cancellation.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Verifier.VerifyAsync(document, cancellation.Token));
    }

    [Fact]
    public void ReasonCodes_AreGroupedByCheckKindAndUnique()
    {
        var values = Enum.GetValues<ReasonCode>().Select(v => (int)v).ToArray();
        Assert.Equal(values.Length, values.Distinct().Count());
        Assert.All(values, v => Assert.InRange(v / 100, 1, 9));
    }

    private sealed class ThrowingTimeProvider : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => throw new InvalidOperationException("clock unavailable");
    }
}
