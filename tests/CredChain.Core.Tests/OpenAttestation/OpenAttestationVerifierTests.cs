using CredChain.Core.OpenAttestation;
using CredChain.Core.Tests.Vectors;
using CredChain.Core.Verification;

namespace CredChain.Core.Tests.OpenAttestation;

/// <summary>
/// How the verifier turns integrity and store answers into a verdict. The store answers here are the port's data
/// (the chain itself is exercised by the Ethereum and portal integration tests on anvil).
/// </summary>
public sealed class OpenAttestationVerifierTests
{
    private static readonly DocumentStoreListing Listing = new(1337, "dev", "0x700b6a60ce7eaaea56f065753d8dcb9653dbad35", "演示大学", "Demo University", "demo.example.edu");

    [Theory]
    [InlineData("batch-0", true, false, false, VerdictStatus.Valid, ReasonCode.RootIssuedInDocumentStore, ReasonCode.NotRevoked)]
    [InlineData("batch-1", true, true, false, VerdictStatus.Revoked, ReasonCode.RootIssuedInDocumentStore, ReasonCode.DocumentRevokedInStore)]
    [InlineData("batch-2", true, false, true, VerdictStatus.Revoked, ReasonCode.RootIssuedInDocumentStore, ReasonCode.RootRevokedInStore)]
    [InlineData("single", false, false, false, VerdictStatus.NotAnchored, ReasonCode.RootNotIssuedInDocumentStore, ReasonCode.NotRevoked)]
    [InlineData("obfuscated", true, false, false, VerdictStatus.Valid, ReasonCode.RootIssuedInDocumentStore, ReasonCode.NotRevoked)]
    public async Task A_listed_store_decides_issued_and_revoked(string name, bool issued, bool documentRevoked, bool rootRevoked, VerdictStatus status, ReasonCode anchored, ReasonCode notRevoked)
    {
        var verdict = await Verify(name, new DocumentStoreAnswer(Listing, issued, documentRevoked, rootRevoked, new BlockRef(7, DateTimeOffset.UnixEpoch)));

        Assert.Equal(status, verdict.Status);
        Assert.Equal(
            [ReasonCode.DocumentWellFormed, ReasonCode.TargetHashMatches, ReasonCode.MerklePathValid, anchored, ReasonCode.DocumentStoreListed, notRevoked],
            verdict.Results.Select(r => r.Reason));
        Assert.Same(Listing, verdict.Store!.Listing);
        Assert.NotEmpty(verdict.Disclosed);
    }

    [Fact]
    public async Task Obfuscated_fields_are_counted_and_not_disclosed()
    {
        var verdict = await Verify("obfuscated", new DocumentStoreAnswer(Listing, true, false, false, null));

        Assert.Equal(11, verdict.HiddenCount);
        Assert.DoesNotContain(verdict.Disclosed, f => f.Path.StartsWith("transcript", StringComparison.Ordinal) || f.Path == "recipient.gpa");
        Assert.Contains(new OpenAttestationField("recipient.nameZh", "string", "学生2"), verdict.Disclosed);
        Assert.Contains(new OpenAttestationField("flags.thesis", "null", "null"), verdict.Disclosed);
    }

    [Fact]
    public async Task An_unlisted_store_is_an_unknown_issuer()
    {
        var verdict = await Verify("unknown-store", DocumentStoreAnswer.Unlisted);

        Assert.Equal(VerdictStatus.UnknownIssuer, verdict.Status);
        Assert.Equal([ReasonCode.DocumentStoreNotListed, ReasonCode.UnknownIssuer, ReasonCode.SkippedAnchorUnavailable], verdict.Results.Skip(3).Select(r => r.Reason));
    }

    [Fact]
    public async Task A_transferable_document_is_unsupported_without_asking_a_store()
    {
        var verdict = await Verify("token-registry", null);

        Assert.Equal(VerdictStatus.Unsupported, verdict.Status);
        Assert.Equal(ReasonCode.TransferableDocumentUnsupported, verdict.ResultFor(CheckKind.Anchored)!.Reason);
        Assert.Equal(ReasonCode.TargetHashMatches, verdict.ResultFor(CheckKind.Integrity)!.Reason);
    }

    [Theory]
    [InlineData("tampered-value", ReasonCode.TargetHashMismatch, ReasonCode.MerklePathValid)]
    [InlineData("tampered-obfuscated-data", ReasonCode.TargetHashMismatch, ReasonCode.MerklePathValid)]
    [InlineData("tampered-period-key", ReasonCode.DataKeyNotFlattenable, ReasonCode.MerklePathValid)]
    [InlineData("tampered-proof", ReasonCode.TargetHashMatches, ReasonCode.MerklePathInvalid)]
    public async Task Tampering_wins_over_every_store_answer(string name, ReasonCode integrity, ReasonCode path)
    {
        var verdict = await Verify(name, new DocumentStoreAnswer(Listing, true, false, false, null));

        Assert.Equal(VerdictStatus.Tampered, verdict.Status);
        Assert.Equal(integrity, verdict.ResultFor(CheckKind.Integrity)!.Reason);
        Assert.Equal(path, verdict.ResultFor(CheckKind.MerklePath)!.Reason);
        Assert.Empty(verdict.Disclosed);
    }

    [Fact]
    public async Task A_store_that_cannot_be_read_is_could_not_verify()
    {
        var verdict = await new OpenAttestationVerifier(new FixedStatus(null, fail: true)).VerifyAsync(VectorFiles.ReadBytes("openattestation/documents/batch-0.json"));

        Assert.Equal(VerdictStatus.CouldNotVerify, verdict.Status);
        Assert.Equal(CheckStatus.Error, verdict.ResultFor(CheckKind.Anchored)!.Status);
    }

    [Theory]
    [InlineData("{\"version\":\"https://schema.openattestation.com/2.0/schema.json\",\"data\":{}}")]
    [InlineData("{\"version\":\"https://schema.openattestation.com/2.0/schema.json\",\"data\":{\"a\":1,\"a\":2},\"signature\":{}}")]
    public async Task A_malformed_document_is_malformed(string json)
    {
        var verdict = await new OpenAttestationVerifier(new FixedStatus(null)).VerifyAsync(System.Text.Encoding.UTF8.GetBytes(json));

        Assert.Equal(VerdictStatus.Malformed, verdict.Status);
        Assert.Null(verdict.Document);
        Assert.Equal(ReasonCode.DocumentMalformed, verdict.Results[0].Reason);
        Assert.All(verdict.Results.Skip(1), r => Assert.Equal(ReasonCode.SkippedMalformedDocument, r.Reason));
    }

    private static Task<OpenAttestationVerdict> Verify(string name, DocumentStoreAnswer? answer) =>
        new OpenAttestationVerifier(new FixedStatus(answer)).VerifyAsync(VectorFiles.ReadBytes($"openattestation/documents/{name}.json"));

    private sealed class FixedStatus(DocumentStoreAnswer? answer, bool fail = false) : IDocumentStoreStatus
    {
        public Task<DocumentStoreAnswer> GetStatusAsync(DocumentStoreQuery query, CancellationToken cancellationToken) =>
            fail ? throw new HttpRequestException("connection refused")
                : Task.FromResult(answer ?? throw new InvalidOperationException("A store was asked about " + query.StoreAddress));
    }
}
