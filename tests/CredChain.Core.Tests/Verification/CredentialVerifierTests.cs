using System.Text;
using CredChain.Core.Disclosure;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Issuing;
using CredChain.Core.Merkle;
using CredChain.Core.Tests.Support;
using CredChain.Core.Verification;
using Microsoft.Extensions.Time.Testing;

namespace CredChain.Core.Tests.Verification;

public sealed class CredentialVerifierTests
{
    private static readonly AnchorRef Anchor = new(Samples.ChainId, Samples.Registry, Keccak256.Hash("anchor-tx"u8), 118);

    private readonly InMemoryAnchorRegistry _registry = new();
    private readonly FakeTimeProvider _time = new(Samples.IssuedAt.AddDays(60));

    private static readonly CheckResult[] ValidResults =
    [
        new(CheckKind.WellFormed, CheckStatus.Valid, ReasonCode.DocumentWellFormed, "The document is a well-formed credential."),
        new(CheckKind.Integrity, CheckStatus.Valid, ReasonCode.TargetHashMatches, "The content matches its targetHash."),
        new(CheckKind.MerklePath, CheckStatus.Valid, ReasonCode.MerklePathValid, "*"),
        new(CheckKind.Anchored, CheckStatus.Valid, ReasonCode.RootAnchored, "*"),
        new(CheckKind.IssuerIdentity, CheckStatus.Valid, ReasonCode.IssuerMatchesAnchor, "The issuer did:pkh:eip155:31337:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 anchored this credential."),
        new(CheckKind.NotRevoked, CheckStatus.Valid, ReasonCode.NotRevoked, "Not revoked as of block 120."),
        new(CheckKind.IssuerAccredited, CheckStatus.Valid, ReasonCode.IssuerAccredited, "Tsinghua University (tsinghua.edu.cn) was accredited when it anchored this credential and still is."),
        new(CheckKind.ValidityWindow, CheckStatus.Valid, ReasonCode.WithinValidityWindow, "The credential is within its validity period."),
    ];

    private CredentialVerifier Verifier => new(_registry, _time);

    /// <summary>Issues a batch of five, anchors its root in the registry double, and returns the third credential.</summary>
    private CredentialDocument AnchoredCredential(Func<CredentialDraft, CredentialDraft>? draft = null, bool anchorOnChain = true)
    {
        var factory = Samples.Factory(seed: 11);
        var batch = Enumerable.Range(0, 5).Select(_ => factory.Create((draft ?? (d => d))(Samples.Draft()))).ToArray();
        var tree = MerkleTree.Build(batch.Select(d => d.Proof.TargetHash));
        if (anchorOnChain)
        {
            _registry.Anchor(tree.Root);
        }

        var document = batch[2];
        return document.WithAnchor(tree.Root, tree.GetProof(document.Proof.TargetHash), Anchor);
    }

    private static (CheckKind, CheckStatus, ReasonCode)[] Summary(Verdict verdict) =>
        [.. verdict.Results.Select(r => (r.Kind, r.Status, r.Reason))];

    private static (CheckKind, CheckStatus, ReasonCode)[] ExpectedWith(params (CheckKind Kind, CheckStatus Status, ReasonCode Reason)[] overrides) =>
        [.. ValidResults.Select(r => overrides.FirstOrDefault(o => o.Kind == r.Kind) is { Reason: not 0 } o ? o : (r.Kind, r.Status, r.Reason))];

    [Fact]
    public async Task Verify_AnchoredCredential_IsValidWithEveryCheckValid()
    {
        var document = AnchoredCredential();

        var verdict = await Verifier.VerifyAsync(document.ToUtf8Bytes());

        Assert.Equal(VerdictStatus.Valid, verdict.Status);
        Assert.Equal(ValidResults.Length, verdict.Results.Length);
        foreach (var (expected, actual) in ValidResults.Zip(verdict.Results))
        {
            Assert.Equal((expected.Kind, expected.Status, expected.Reason), (actual.Kind, actual.Status, actual.Reason));
            Assert.True(expected.Message == "*" || expected.Message == actual.Message, actual.Message);
        }

        Assert.Equal(new NetworkRef(Samples.ChainId, Samples.Registry), verdict.Network);
        Assert.Equal(_registry.Profile, verdict.Issuer);
        Assert.Equal(Samples.IssuedAt.AddHours(1), verdict.AnchoredAt);
        Assert.Equal(_registry.AsOf, verdict.AsOf);
        Assert.Null(verdict.Revocation);
        Assert.Null(verdict.FormatError);
        Assert.Equal(document.ToUtf8Bytes(), verdict.Document!.ToUtf8Bytes());
        Assert.Equal(1, _registry.Lookups);
    }

    [Fact]
    public async Task Verify_ParsedDocument_GivesTheSameVerdictAsBytes()
    {
        var document = AnchoredCredential();
        var fromDocument = await Verifier.VerifyAsync(document);
        var fromBytes = await Verifier.VerifyAsync(document.ToUtf8Bytes());
        Assert.Equal(fromBytes.Results.ToArray(), fromDocument.Results.ToArray());
    }

    [Fact]
    public async Task Verify_WithHiddenFields_IsValid()
    {
        var hidden = SelectiveDisclosure.Hide(AnchoredCredential(), ["/credentialSubject/gpa", "/credentialSubject/courses", "/credentialSubject/degree/major"]);
        var verdict = await Verifier.VerifyAsync(hidden.ToUtf8Bytes());
        Assert.Equal(VerdictStatus.Valid, verdict.Status);
    }

    [Fact]
    public async Task Verify_TamperedSubjectName_ReturnsIntegrityInvalid()
    {
        var json = AnchoredCredential().ToJsonString().Replace("\"张伟\"", "\"李娜\"", StringComparison.Ordinal);

        var verdict = await Verifier.VerifyAsync(Encoding.UTF8.GetBytes(json));

        Assert.Equal(VerdictStatus.Tampered, verdict.Status);
        Assert.Equal(ExpectedWith((CheckKind.Integrity, CheckStatus.Invalid, ReasonCode.TargetHashMismatch)), Summary(verdict));
    }

    [Fact]
    public async Task Verify_AddedField_ReturnsValueWithoutSalt()
    {
        var json = AnchoredCredential().ToJsonString().Replace("\"thesisPublic\":true", "\"thesisPublic\":true,\"honoursExtra\":\"summa cum laude\"", StringComparison.Ordinal);
        var verdict = await Verifier.VerifyAsync(Encoding.UTF8.GetBytes(json));
        Assert.Equal(VerdictStatus.Tampered, verdict.Status);
        Assert.Equal(ExpectedWith((CheckKind.Integrity, CheckStatus.Invalid, ReasonCode.ValueWithoutSalt)), Summary(verdict));
    }

    [Fact]
    public async Task Verify_RemovedFieldWithoutHiding_ReturnsSaltWithoutValue()
    {
        var json = AnchoredCredential().ToJsonString().Replace(",\"minor\":null", string.Empty, StringComparison.Ordinal);
        var verdict = await Verifier.VerifyAsync(Encoding.UTF8.GetBytes(json));
        Assert.Equal(VerdictStatus.Tampered, verdict.Status);
        Assert.Equal(ExpectedWith((CheckKind.Integrity, CheckStatus.Invalid, ReasonCode.SaltWithoutValue)), Summary(verdict));
    }

    [Fact]
    public async Task Verify_TamperedMerkleSibling_ReturnsPathInvalidAndChainRejection()
    {
        var document = AnchoredCredential();
        var path = document.Proof.MerklePath.SetItem(0, Keccak256.Hash("forged"u8));
        var forged = document.ToJsonString().Replace(document.Proof.MerklePath[0].ToString(), path[0].ToString(), StringComparison.Ordinal);

        var verdict = await Verifier.VerifyAsync(Encoding.UTF8.GetBytes(forged));

        Assert.Equal(VerdictStatus.Tampered, verdict.Status);
        Assert.Equal(
            [
                (CheckKind.WellFormed, CheckStatus.Valid, ReasonCode.DocumentWellFormed),
                (CheckKind.Integrity, CheckStatus.Valid, ReasonCode.TargetHashMatches),
                (CheckKind.MerklePath, CheckStatus.Invalid, ReasonCode.MerklePathInvalid),
                (CheckKind.Anchored, CheckStatus.Invalid, ReasonCode.ProofRejectedOnChain),
                (CheckKind.IssuerIdentity, CheckStatus.Skipped, ReasonCode.SkippedAnchorUnavailable),
                (CheckKind.NotRevoked, CheckStatus.Skipped, ReasonCode.SkippedAnchorUnavailable),
                (CheckKind.IssuerAccredited, CheckStatus.Skipped, ReasonCode.SkippedAnchorUnavailable),
                (CheckKind.ValidityWindow, CheckStatus.Valid, ReasonCode.WithinValidityWindow),
            ],
            Summary(verdict));
    }

    [Fact]
    public async Task Verify_IssuedButNotAnchored_ReturnsNotAnchored()
    {
        var verdict = await Verifier.VerifyAsync(Samples.Credential().ToUtf8Bytes());

        Assert.Equal(VerdictStatus.NotAnchored, verdict.Status);
        Assert.Null(verdict.Network);
        Assert.Equal(0, _registry.Lookups);
        Assert.Equal(
            ExpectedWith(
                (CheckKind.MerklePath, CheckStatus.Invalid, ReasonCode.MerkleProofMissing),
                (CheckKind.Anchored, CheckStatus.Invalid, ReasonCode.AnchorMissing),
                (CheckKind.IssuerIdentity, CheckStatus.Skipped, ReasonCode.SkippedAnchorUnavailable),
                (CheckKind.NotRevoked, CheckStatus.Skipped, ReasonCode.SkippedAnchorUnavailable),
                (CheckKind.IssuerAccredited, CheckStatus.Skipped, ReasonCode.SkippedAnchorUnavailable)),
            Summary(verdict));
    }

    [Fact]
    public async Task Verify_RootNeverAnchored_ReturnsNotAnchored()
    {
        var verdict = await Verifier.VerifyAsync(AnchoredCredential(anchorOnChain: false));
        Assert.Equal(VerdictStatus.NotAnchored, verdict.Status);
        Assert.Equal(
            ExpectedWith(
                (CheckKind.Anchored, CheckStatus.Invalid, ReasonCode.RootNotAnchored),
                (CheckKind.IssuerIdentity, CheckStatus.Skipped, ReasonCode.SkippedAnchorUnavailable),
                (CheckKind.NotRevoked, CheckStatus.Skipped, ReasonCode.SkippedAnchorUnavailable),
                (CheckKind.IssuerAccredited, CheckStatus.Skipped, ReasonCode.SkippedAnchorUnavailable)),
            Summary(verdict));
        Assert.Equal(_registry.AsOf, verdict.AsOf);
    }

    [Fact]
    public async Task Verify_UnknownNetwork_ReturnsUnknownNetworkWithoutLookup()
    {
        var verdict = await new CredentialVerifier(new InMemoryAnchorRegistry(chainId: 1), _time).VerifyAsync(AnchoredCredential());
        Assert.Equal(VerdictStatus.UnknownNetwork, verdict.Status);
        Assert.Equal(new NetworkRef(Samples.ChainId, Samples.Registry), verdict.Network);
        Assert.Equal((CheckStatus.Invalid, ReasonCode.UnknownNetwork), (verdict.ResultFor(CheckKind.Anchored)!.Status, verdict.ResultFor(CheckKind.Anchored)!.Reason));
    }

    [Fact]
    public async Task Verify_RegistryUnreachable_ReturnsCouldNotVerify()
    {
        var document = AnchoredCredential();
        _registry.Failure = new HttpRequestException("connection refused");

        var verdict = await Verifier.VerifyAsync(document);

        Assert.Equal(VerdictStatus.CouldNotVerify, verdict.Status);
        Assert.Equal(
            new CheckResult(CheckKind.Anchored, CheckStatus.Error, ReasonCode.AnchorLookupFailed, "The registry could not be read: connection refused"),
            verdict.ResultFor(CheckKind.Anchored));
        Assert.Null(verdict.Anchor);
        Assert.Equal(1, _registry.Lookups);
    }

    [Fact]
    public async Task Verify_TamperedAndRegistryUnreachable_ReportsTampered()
    {
        var json = AnchoredCredential().ToJsonString().Replace("\"Zhang Wei\"", "\"Li Na\"", StringComparison.Ordinal);
        _registry.Failure = new TimeoutException("timeout");
        var verdict = await Verifier.VerifyAsync(Encoding.UTF8.GetBytes(json));
        Assert.Equal(VerdictStatus.Tampered, verdict.Status);
    }

    [Fact]
    public async Task Verify_AnchoredByAnotherAccount_ReturnsIssuerMismatch()
    {
        var document = AnchoredCredential(anchorOnChain: false);
        _registry.Anchor(document.Proof.MerkleRoot!.Value, issuerAddress: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
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
        _registry.Anchor(document.Proof.MerkleRoot!.Value, issuerAddress: Samples.IssuerAddress.ToLowerInvariant());
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
        _registry.RevokeCredential(document.Proof.TargetHash, revocation);

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
        _registry.RevokeBatch(document.Proof.MerkleRoot!.Value, new Revocation(Samples.IssuedAt.AddDays(2), 1));
        var verdict = await Verifier.VerifyAsync(document);
        Assert.Equal(VerdictStatus.Revoked, verdict.Status);
        Assert.Equal(ExpectedWith((CheckKind.NotRevoked, CheckStatus.Invalid, ReasonCode.BatchRevoked)), Summary(verdict));
    }

    [Fact]
    public async Task Verify_OtherCredentialOfBatchRevoked_StaysValid()
    {
        var document = AnchoredCredential();
        _registry.RevokeCredential(Keccak256.Hash("someone else"u8), new Revocation(Samples.IssuedAt, 1));
        Assert.Equal(VerdictStatus.Valid, (await Verifier.VerifyAsync(document)).Status);
    }

    [Fact]
    public async Task Verify_IssuerNotAccreditedAtAnchoring_ReturnsIssuerNotAccredited()
    {
        var document = AnchoredCredential();
        _registry.Anchor(document.Proof.MerkleRoot!.Value, accredited: false);
        var verdict = await Verifier.VerifyAsync(document);
        Assert.Equal(VerdictStatus.IssuerNotAccredited, verdict.Status);
        Assert.Equal(ExpectedWith((CheckKind.IssuerAccredited, CheckStatus.Invalid, ReasonCode.IssuerNotAccreditedAtAnchoring)), Summary(verdict));
    }

    [Fact]
    public async Task Verify_IssuerSuspendedAfterAnchoring_StaysValid()
    {
        var document = AnchoredCredential();
        _registry.IssuerActiveNow = false;
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
        _time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(VerdictStatus.Expired, (await Verifier.VerifyAsync(document)).Status);
    }

    [Fact]
    public async Task Verify_RevokedAndExpired_ReportsRevoked()
    {
        var document = AnchoredCredential(d => d with { ValidUntil = Samples.IssuedAt.AddDays(30) });
        _registry.RevokeCredential(document.Proof.TargetHash, new Revocation(Samples.IssuedAt.AddDays(1), 2));
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
        Assert.Equal(0, _registry.Lookups);
    }

    [Fact]
    public async Task Verify_CheckThrows_BecomesErrorResult()
    {
        var document = AnchoredCredential();
        var verdict = await new CredentialVerifier(_registry, new ThrowingTimeProvider()).VerifyAsync(document);
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
        _registry.Failure = new OperationCanceledException(cancellation.Token);
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
