using System.Text;
using CredChain.Core.Disclosure;
using CredChain.Core.Hashing;
using CredChain.Core.Tests.Support;
using CredChain.Core.Verification;

namespace CredChain.Core.Tests.Verification;

/// <summary>The verdict of a well-formed credential: integrity, Merkle path, anchoring, the registry's availability.</summary>
public sealed class CredentialVerifierTests : VerifierTestBase
{
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
        Assert.Equal(Registry.Profile, verdict.Issuer);
        Assert.Equal(Samples.IssuedAt.AddHours(1), verdict.AnchoredAt);
        Assert.Equal(Registry.AsOf, verdict.AsOf);
        Assert.Null(verdict.Revocation);
        Assert.Null(verdict.FormatError);
        Assert.Equal(document.ToUtf8Bytes(), verdict.Document!.ToUtf8Bytes());
        Assert.Equal(1, Registry.Lookups);
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
        Assert.Equal(0, Registry.Lookups);
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
        Assert.Equal(Registry.AsOf, verdict.AsOf);
    }

    [Fact]
    public async Task Verify_UnknownNetwork_ReturnsUnknownNetworkWithoutLookup()
    {
        var verdict = await new CredentialVerifier(new InMemoryAnchorRegistry(chainId: 1), Time).VerifyAsync(AnchoredCredential());
        Assert.Equal(VerdictStatus.UnknownNetwork, verdict.Status);
        Assert.Equal(new NetworkRef(Samples.ChainId, Samples.Registry), verdict.Network);
        Assert.Equal((CheckStatus.Invalid, ReasonCode.UnknownNetwork), (verdict.ResultFor(CheckKind.Anchored)!.Status, verdict.ResultFor(CheckKind.Anchored)!.Reason));
    }

    [Fact]
    public async Task Verify_RegistryUnreachable_ReturnsCouldNotVerify()
    {
        var document = AnchoredCredential();
        Registry.Failure = new HttpRequestException("connection refused");

        var verdict = await Verifier.VerifyAsync(document);

        Assert.Equal(VerdictStatus.CouldNotVerify, verdict.Status);
        Assert.Equal(
            new CheckResult(CheckKind.Anchored, CheckStatus.Error, ReasonCode.AnchorLookupFailed, "The registry could not be read: connection refused"),
            verdict.ResultFor(CheckKind.Anchored));
        Assert.Null(verdict.Anchor);
        Assert.Equal(1, Registry.Lookups);
    }

    [Fact]
    public async Task Verify_TamperedAndRegistryUnreachable_ReportsTampered()
    {
        var json = AnchoredCredential().ToJsonString().Replace("\"Zhang Wei\"", "\"Li Na\"", StringComparison.Ordinal);
        Registry.Failure = new TimeoutException("timeout");
        var verdict = await Verifier.VerifyAsync(Encoding.UTF8.GetBytes(json));
        Assert.Equal(VerdictStatus.Tampered, verdict.Status);
    }
}
