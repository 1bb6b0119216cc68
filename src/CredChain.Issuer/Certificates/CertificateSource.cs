using System.Buffers;
using CredChain.Core.Documents;
using CredChain.Issuer.Anchoring;
using CredChain.Issuer.Publications;
using CredChain.Issuer.Qr;
using CredChain.Issuer.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CredChain.Issuer.Certificates;

/// <summary>
/// Builds the content of an anchored credential's certificate: the completed document, and the QR link — the published
/// copy's <c>/s#CODE</c> link when the credential is published (the code printed too), else the portal's <c>/v/{id}</c> page.
/// </summary>
internal sealed class CertificateSource(MerkleTreeCache trees, AnchoredDocuments documents, StoredDocuments stored, IOptions<PortalLinkOptions> portal, IOptions<CertificateOptions> options)
{
    /// <summary>Streams the contents of a batch's certificates in id order (the batch must be anchored).</summary>
    public async IAsyncEnumerable<CertificateContent> BatchAsync(IssuerDbContext db, BatchRecord batch, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var writer = documents.WriterFor(batch, await trees.GetAsync(db, batch.Id, cancellationToken));
        var codes = await db.Publications.AsNoTracking()
            .Where(p => p.BatchId == batch.Id && p.State == PublicationState.Published)
            .ToDictionaryAsync(p => p.CredentialId, p => p.Code, cancellationToken);
        var buffer = new ArrayBufferWriter<byte>(8192);
        await foreach (var (id, document) in stored.ReadBatchAsync(db, batch.Id, cancellationToken))
        {
            buffer.ResetWrittenCount();
            writer.Write(document.Span, buffer);
            yield return Content(CredentialDocument.Parse(buffer.WrittenSpan), id, codes.GetValueOrDefault(id));
        }
    }

    /// <summary>The holder withdrawal codes of a batch's published copies, by credential id (for <see cref="DeliveryList"/>).</summary>
    public static async Task<Dictionary<Guid, string>> HolderCodesAsync(IssuerDbContext db, Guid batchId, CancellationToken cancellationToken) =>
        await db.Publications.AsNoTracking()
            .Where(p => p.BatchId == batchId && p.State == PublicationState.Published && p.HolderWithdrawalCode != null)
            .ToDictionaryAsync(p => p.CredentialId, p => p.HolderWithdrawalCode!, cancellationToken);

    public async Task<CertificateContent> OneAsync(IssuerDbContext db, CredentialRecord record, BatchRecord batch, CancellationToken cancellationToken)
    {
        var writer = documents.WriterFor(batch, await trees.GetAsync(db, batch.Id, cancellationToken));
        var buffer = new ArrayBufferWriter<byte>(8192);
        writer.Write(await stored.ReadAsync(db, record, cancellationToken), buffer);
        var code = await db.Publications.AsNoTracking()
            .Where(p => p.CredentialId == record.Id && p.State == PublicationState.Published)
            .Select(p => p.Code).FirstOrDefaultAsync(cancellationToken);
        return Content(CredentialDocument.Parse(buffer.WrittenSpan), record.Id, code);
    }

    private CertificateContent Content(CredentialDocument document, Guid id, string? code)
    {
        var link = code is null ? portal.Value.VerificationUrl(id) : PublicationLinks.For(portal.Value, code);
        return CertificateContentReader.Read(document, options.Value, link, code);
    }
}
