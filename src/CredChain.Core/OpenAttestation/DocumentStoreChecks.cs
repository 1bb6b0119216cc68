using CredChain.Core.Verification;

namespace CredChain.Core.OpenAttestation;

/// <summary>The Anchored, IssuerIdentity and NotRevoked results from every issuer's store answer (all must pass).</summary>
internal static class DocumentStoreChecks
{
    public static CheckResult[] Evaluate(IReadOnlyList<(string Store, DocumentStoreAnswer Answer)> answers)
    {
        if (answers.FirstOrDefault(a => a.Answer.Listing is null) is { Store: not null } unlisted)
        {
            return
            [
                CheckResult.Invalid(CheckKind.Anchored, ReasonCode.DocumentStoreNotListed, $"The document store {unlisted.Store} is not on this verifier's trust list, so its network is unknown."),
                CheckResult.Invalid(CheckKind.IssuerIdentity, ReasonCode.UnknownIssuer, $"No institution on the trust list owns the document store {unlisted.Store}; the issuer's name in the document is only a claim."),
                CheckResult.Skipped(CheckKind.NotRevoked, ReasonCode.SkippedAnchorUnavailable, "Skipped: the document store is not on the trust list."),
            ];
        }

        var notIssued = answers.FirstOrDefault(a => !a.Answer.Issued);
        var documentRevoked = answers.FirstOrDefault(a => a.Answer.DocumentRevoked);
        var rootRevoked = answers.FirstOrDefault(a => a.Answer.RootRevoked);
        var listing = answers[0].Answer.Listing!;
        return
        [
            notIssued.Store is not null
                ? CheckResult.Invalid(CheckKind.Anchored, ReasonCode.RootNotIssuedInDocumentStore, $"The document store {notIssued.Store} never issued this document's merkleRoot.")
                : CheckResult.Valid(CheckKind.Anchored, ReasonCode.RootIssuedInDocumentStore, $"The document store {answers[0].Store} issued the merkleRoot (chain {listing.ChainId})."),
            CheckResult.Valid(CheckKind.IssuerIdentity, ReasonCode.DocumentStoreListed, $"The trust list names {listing.NameEn} ({listing.NameZh}) as the owner of the document store {listing.Address}, claimed in DNS at {listing.DnsLocation ?? "(none)"}."),
            documentRevoked.Store is not null
                ? CheckResult.Invalid(CheckKind.NotRevoked, ReasonCode.DocumentRevokedInStore, $"The document store {documentRevoked.Store} revoked this document (its targetHash).")
                : rootRevoked.Store is not null
                    ? CheckResult.Invalid(CheckKind.NotRevoked, ReasonCode.RootRevokedInStore, $"The document store {rootRevoked.Store} revoked this document's whole batch (its merkleRoot).")
                    : CheckResult.Valid(CheckKind.NotRevoked, ReasonCode.NotRevoked, "Neither the document nor its batch is revoked."),
        ];
    }
}
