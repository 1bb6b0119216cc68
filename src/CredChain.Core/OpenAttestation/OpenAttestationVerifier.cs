using System.Collections.Immutable;
using CredChain.Core.Verification;

namespace CredChain.Core.OpenAttestation;

/// <summary>
/// Verifies OpenAttestation v2 documents: well-formed, integrity (targetHash), Merkle path, issued in the
/// <c>DocumentStore</c>, issuer identity from the trust list (no DNS), not revoked (document or root). Tampered,
/// revoked, unknown or unsupported documents are data in the verdict, never exceptions. Thread-safe.
/// </summary>
public sealed class OpenAttestationVerifier
{
    private static readonly ImmutableArray<CheckKind> Kinds =
        [CheckKind.WellFormed, CheckKind.Integrity, CheckKind.MerklePath, CheckKind.Anchored, CheckKind.IssuerIdentity, CheckKind.NotRevoked];

    private readonly IDocumentStoreStatus _stores;

    /// <summary>Creates a verifier that reads stores through <paramref name="stores"/>.</summary>
    public OpenAttestationVerifier(IDocumentStoreStatus stores)
    {
        ArgumentNullException.ThrowIfNull(stores);
        _stores = stores;
    }

    /// <summary>Parses and verifies a UTF-8 JSON document.</summary>
    public async Task<OpenAttestationVerdict> VerifyAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken = default)
    {
        if (!OpenAttestationFormat.TryParse(utf8Json.Span, out var document, out var error))
        {
            var results = Kinds.Select(kind => kind == CheckKind.WellFormed
                ? CheckResult.Invalid(kind, ReasonCode.DocumentMalformed, $"The document is not a well-formed OpenAttestation v2 document: {error.Message}")
                : CheckResult.Skipped(kind, ReasonCode.SkippedMalformedDocument, "Skipped: the document is malformed.")).ToImmutableArray();
            return new OpenAttestationVerdict(VerdictRules.Decide(results, Kinds), results, null, error, [], null);
        }

        var integrity = OpenAttestationIntegrity.Check(document);
        var builder = ImmutableArray.CreateBuilder<CheckResult>(Kinds.Length);
        builder.Add(CheckResult.Valid(CheckKind.WellFormed, ReasonCode.DocumentWellFormed, "The document is a well-formed OpenAttestation v2 document."));
        builder.Add(IntegrityResult(integrity));
        builder.Add(integrity.ProofLeadsToRoot
            ? CheckResult.Valid(CheckKind.MerklePath, ReasonCode.MerklePathValid, $"The proof leads from the targetHash to the root {document.MerkleRoot}.")
            : CheckResult.Invalid(CheckKind.MerklePath, ReasonCode.MerklePathInvalid, $"The proof does not lead from the targetHash to the stated root {document.MerkleRoot}."));
        var store = await StatusAsync(document, builder, cancellationToken).ConfigureAwait(false);
        var checks = builder.MoveToImmutable();
        var disclosed = integrity.IsValid ? OpenAttestationFields.Read(document.Data) : [];
        return new OpenAttestationVerdict(VerdictRules.Decide(checks, Kinds), checks, document, null, disclosed, store);
    }

    private static CheckResult IntegrityResult(OpenAttestationIntegrity.IntegrityOutcome integrity) =>
        !integrity.Flattenable
            ? CheckResult.Invalid(CheckKind.Integrity, ReasonCode.DataKeyNotFlattenable, "A member name in data contains a period, which OpenAttestation v2 cannot hash: the data was edited.")
            : integrity.TargetHashMatches
                ? CheckResult.Valid(CheckKind.Integrity, ReasonCode.TargetHashMatches, "The targetHash recomputed from the data and obfuscated hashes equals the stated one.")
                : CheckResult.Invalid(CheckKind.Integrity, ReasonCode.TargetHashMismatch, "The targetHash recomputed from the data and obfuscated hashes differs from the stated one: the document was changed.");

    private async Task<DocumentStoreAnswer?> StatusAsync(OpenAttestationDocument document, ImmutableArray<CheckResult>.Builder results, CancellationToken cancellationToken)
    {
        if (document.Issuers.FirstOrDefault(i => i.TokenRegistry is not null) is { } transferable)
        {
            results.Add(CheckResult.Invalid(CheckKind.Anchored, ReasonCode.TransferableDocumentUnsupported, $"The document is transferable (token registry {transferable.TokenRegistry}); this verifier checks DocumentStore documents only."));
            results.Add(CheckResult.Skipped(CheckKind.IssuerIdentity, ReasonCode.SkippedNotApplicable, "Skipped: transferable documents are not checked."));
            results.Add(CheckResult.Skipped(CheckKind.NotRevoked, ReasonCode.SkippedNotApplicable, "Skipped: transferable documents are not checked."));
            return null;
        }

        var answers = new List<(string Store, DocumentStoreAnswer Answer)>(document.Issuers.Length);
        try
        {
            foreach (var issuer in document.Issuers)
            {
                var query = new DocumentStoreQuery(issuer.DocumentStore!, document.MerkleRoot, document.TargetHashValue);
                answers.Add((issuer.DocumentStore!, await _stores.GetStatusAsync(query, cancellationToken).ConfigureAwait(false)));
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            results.Add(CheckResult.Error(CheckKind.Anchored, ReasonCode.AnchorLookupFailed, $"The document store could not be read: {exception.GetType().Name}: {exception.Message}"));
            results.Add(CheckResult.Skipped(CheckKind.IssuerIdentity, ReasonCode.SkippedAnchorUnavailable, "Skipped: the document store could not be read."));
            results.Add(CheckResult.Skipped(CheckKind.NotRevoked, ReasonCode.SkippedAnchorUnavailable, "Skipped: the document store could not be read."));
            return null;
        }

        results.AddRange(DocumentStoreChecks.Evaluate(answers));
        return answers[0].Answer;
    }
}
