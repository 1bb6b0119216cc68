using CredChain.EndToEnd.Tests.Holder;
using CredChain.EndToEnd.Tests.Infrastructure;

namespace CredChain.EndToEnd.Tests.Corpus;

/// <summary>What a family may draw on besides the document it edits: the other documents and the networks.</summary>
internal sealed class CorpusContext(IReadOnlyList<HolderCopy> documents, EndToEndFixture system)
{
    public IReadOnlyList<HolderCopy> Documents { get; } = documents;

    public EndToEndFixture System { get; } = system;

    /// <summary>
    /// Other credentials (never a copy of the same one: swapping in a credential's own full proof and subject just
    /// restores it) related to <paramref name="document"/> as <paramref name="relation"/> says.
    /// </summary>
    public IReadOnlyList<HolderCopy> Partners(HolderCopy document, PartnerRelation relation)
    {
        var self = document.Source;
        return [.. Documents.Where(d => d.Document.Credential.Id != document.Document.Credential.Id).Where(d => relation switch
        {
            PartnerRelation.SameBatch => d.Document.Proof.MerkleRoot == document.Document.Proof.MerkleRoot,
            PartnerRelation.OtherBatchSameIssuer => d.Source.Issuer == self.Issuer && d.Document.Proof.MerkleRoot != document.Document.Proof.MerkleRoot,
            PartnerRelation.OtherIssuerSameNetwork => d.Source.Issuer != self.Issuer && d.Source.Issuer.Chain == self.Issuer.Chain,
            _ => d.Source.Issuer.Chain != self.Issuer.Chain,
        })];
    }
}
