using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace CredChain.Issuer.Storage;

/// <summary>
/// Reads stored documents back as issued: a whole document as it is, a compact one reassembled with its batch's template
/// (<see cref="DocumentTemplate"/>). Templates never change once written, so they are kept in memory once read.
/// </summary>
internal sealed class StoredDocuments
{
    // Templates of about a kilobyte each, a handful per batch; the cache starts over past this many.
    private const int MaxCachedTemplates = 4096;

    private readonly ConcurrentDictionary<Guid, DocumentTemplate> _templates = new();

    /// <summary>
    /// The templates of a batch, by id, for reassembling its rows with <see cref="Expand"/> while a query over them is
    /// still open (load them before opening that query).
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, DocumentTemplate>> LoadBatchAsync(IssuerDbContext db, Guid batchId, CancellationToken cancellationToken)
    {
        var rows = await db.DocumentTemplates.AsNoTracking().Where(t => t.BatchId == batchId).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, Remember);
    }

    /// <summary>The document of one credential as issued, reading its template if it is not in memory yet.</summary>
    public async Task<byte[]> ReadAsync(IssuerDbContext db, CredentialRecord record, CancellationToken cancellationToken)
    {
        if (record.TemplateId is not { } templateId)
        {
            return record.Document;
        }

        if (!_templates.TryGetValue(templateId, out var template))
        {
            var row = await db.DocumentTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == templateId, cancellationToken)
                ?? throw new InvalidOperationException($"Credential {record.Id}: its document template {templateId} is missing.");
            template = Remember(row);
        }

        return ExpandWith(template, record.Id, record.TargetHash, record.Document);
    }

    /// <summary>
    /// A batch's documents as issued, in id order, its rows read by key in pages (<see cref="BatchRows"/>). A compact
    /// row is rebuilt in one reused buffer, so each document's bytes are valid until the next one is read.
    /// </summary>
    public async IAsyncEnumerable<(Guid Id, ReadOnlyMemory<byte> Document)> ReadBatchAsync(
        IssuerDbContext db, Guid batchId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var templates = await LoadBatchAsync(db, batchId, cancellationToken);
        var scratch = new ArrayBufferWriter<byte>(4096);
        await foreach (var row in BatchRows.ReadAsync(db, batchId, cancellationToken))
        {
            yield return (row.Id, Expand(templates, row.Id, row.TargetHash, row.Document, row.TemplateId, scratch));
        }
    }

    /// <summary>
    /// The document of a stored row as issued, its template (if it has one) among <paramref name="templates"/>; a
    /// compact row is rebuilt in <paramref name="scratch"/>, so the bytes are valid until its next use.
    /// </summary>
    /// <exception cref="InvalidOperationException">The row's template is not among them.</exception>
    public static ReadOnlyMemory<byte> Expand(
        IReadOnlyDictionary<Guid, DocumentTemplate> templates, Guid id, byte[] targetHash, byte[] document, Guid? templateId, ArrayBufferWriter<byte> scratch)
    {
        if (templateId is not { } key)
        {
            return document;
        }

        if (!templates.TryGetValue(key, out var template))
        {
            throw new InvalidOperationException($"Credential {id}: its document template {key} is not its batch's.");
        }

        var length = template.DocumentLength(document.Length);
        scratch.ResetWrittenCount();
        template.Expand(id, targetHash, document, scratch.GetSpan(length)[..length]);
        scratch.Advance(length);
        return scratch.WrittenMemory;
    }

    private static byte[] ExpandWith(DocumentTemplate template, Guid id, byte[] targetHash, byte[] document)
    {
        var expanded = new byte[template.DocumentLength(document.Length)];
        template.Expand(id, targetHash, document, expanded);
        return expanded;
    }

    private DocumentTemplate Remember(DocumentTemplateRecord row)
    {
        if (_templates.TryGetValue(row.Id, out var known))
        {
            return known;
        }

        if (_templates.Count >= MaxCachedTemplates)
        {
            _templates.Clear();
        }

        return _templates.GetOrAdd(row.Id, DocumentTemplate.FromBytes(row.Template));
    }
}
