using CredChain.Core.Sharing;
using System.Buffers;
using CredChain.Issuer.Anchoring;
using CredChain.Issuer.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CredChain.Issuer.Publications;

/// <summary>
/// Publishes anchored credentials' encrypted copies. The code of each is recorded (Pending) before anything is sent,
/// and a credential is marked Published only after the portal acknowledged it; a retry re-sends the same ids (the
/// portal counts ids it already holds), so a crash in between never prints a link that does not open.
/// </summary>
internal sealed partial class CertificatePublisher(
    PortalPublisherClient portal, MerkleTreeCache trees, AnchoredDocuments documents, StoredDocuments stored, TimeProvider time, IOptions<PublishingOptions> options, ILogger<CertificatePublisher> logger)
{
    /// <summary>Publishes every credential of an anchored batch not yet published; returns how many it sent.</summary>
    public async Task<int> PublishBatchAsync(IssuerDbContext db, BatchRecord batch, CancellationToken cancellationToken)
    {
        await RecordCodesAsync(db, db.Credentials.AsNoTracking().Where(c => c.BatchId == batch.Id), batch.Id, cancellationToken);
        var tree = await trees.GetAsync(db, batch.Id, cancellationToken);
        var writer = documents.WriterFor(batch, tree);
        var templates = await stored.LoadBatchAsync(db, batch.Id, cancellationToken);
        var pending = db.Publications.Where(p => p.BatchId == batch.Id && p.State == PublicationState.Pending)
            .Join(db.Credentials, p => p.CredentialId, c => c.Id, (p, c) => new { Publication = p, c.TargetHash, c.Document, c.TemplateId })
            .AsAsyncEnumerable();
        var chunk = new List<(PublicationRecord Record, byte[] Ciphertext)>();
        long chunkBytes = 0;
        var sent = 0;
        var buffer = new ArrayBufferWriter<byte>(8192);
        var scratch = new ArrayBufferWriter<byte>(4096);
        await foreach (var item in pending.WithCancellation(cancellationToken))
        {
            buffer.ResetWrittenCount();
            writer.Write(StoredDocuments.Expand(templates, item.Publication.CredentialId, item.TargetHash, item.Document, item.TemplateId, scratch).Span, buffer);
            var ciphertext = ShareCode.Encrypt(item.Publication.Code, buffer.WrittenSpan);
            chunk.Add((item.Publication, ciphertext));
            chunkBytes += (ciphertext.Length * 4 / 3) + 64;
            if (chunkBytes >= options.Value.MaxRequestBytes || chunk.Count >= 1000)
            {
                sent += await SendAsync(chunk, cancellationToken);
                chunk.Clear();
                chunkBytes = 0;
            }
        }

        sent += await SendAsync(chunk, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        LogPublished(logger, batch.Id, sent);
        return sent;
    }

    /// <summary>Withdraws a credential's published copy at the portal, then records it.</summary>
    public async Task WithdrawAsync(IssuerDbContext db, PublicationRecord publication, CancellationToken cancellationToken)
    {
        await portal.WithdrawAsync(publication.ShareId, cancellationToken);
        publication.State = PublicationState.Withdrawn;
        publication.WithdrawnAtMs = time.GetUtcNow().ToUnixTimeMilliseconds();
        await db.SaveChangesAsync(cancellationToken);
        LogWithdrawn(logger, publication.CredentialId);
    }

    /// <summary>
    /// Gives every credential of the query that has no publication a fresh code and holder withdrawal code, durably,
    /// before anything is sent.
    /// </summary>
    private async Task RecordCodesAsync(IssuerDbContext db, IQueryable<CredentialRecord> credentials, Guid batchId, CancellationToken cancellationToken)
    {
        var missing = await credentials.Where(c => !db.Set<PublicationRecord>().Any(p => p.CredentialId == c.Id))
            .Select(c => new { c.Id, c.IssuerAddress }).ToListAsync(cancellationToken);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        foreach (var credential in missing)
        {
            var code = ShareCode.Generate();
            db.Publications.Add(new PublicationRecord
            {
                CredentialId = credential.Id,
                BatchId = batchId,
                IssuerAddress = credential.IssuerAddress,
                Code = code,
                ShareId = ShareCode.DeriveId(code),
                HolderWithdrawalCode = ShareCode.Generate(),
                State = PublicationState.Pending,
                CreatedAtMs = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private async Task<int> SendAsync(List<(PublicationRecord Record, byte[] Ciphertext)> chunk, CancellationToken cancellationToken)
    {
        if (chunk.Count == 0)
        {
            return 0;
        }

        await portal.PublishAsync([.. chunk.Select(c => new PortalCopy(c.Record.ShareId, c.Ciphertext, c.Record.HolderWithdrawalCode))], cancellationToken);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        foreach (var (record, _) in chunk)
        {
            record.State = PublicationState.Published;
            record.PublishedAtMs = now;
        }

        return chunk.Count;
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Batch {BatchId}: published {Count} certificate copies to the portal")]
    private static partial void LogPublished(ILogger logger, Guid batchId, int count);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Credential {CredentialId}: published copy withdrawn")]
    private static partial void LogWithdrawn(ILogger logger, Guid credentialId);
}
