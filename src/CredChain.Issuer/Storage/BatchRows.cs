using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace CredChain.Issuer.Storage;

/// <summary>
/// A batch's stored rows in id order, read by key in pages of <see cref="PageSize"/>. One query per page, so a client
/// that abandons a download leaves at most one page's query behind: with one query over a whole 500,000-row batch,
/// PostgreSQL went on reading (and the driver discarding) the rest of the documents for ~10 s after the client left.
/// </summary>
internal static class BatchRows
{
    public const int PageSize = 2_000;

    public static async IAsyncEnumerable<StoredRow> ReadAsync(IssuerDbContext db, Guid batchId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in ReadPagesAsync(db, batchId, cancellationToken))
        {
            foreach (var row in page)
            {
                yield return row;
            }
        }
    }

    /// <summary>The same rows a page at a time (at most <see cref="PageSize"/> each, none empty).</summary>
    public static async IAsyncEnumerable<List<StoredRow>> ReadPagesAsync(IssuerDbContext db, Guid batchId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Guid? after = null;
        while (true)
        {
            var rows = db.Credentials.AsNoTracking().Where(c => c.BatchId == batchId);
            if (after is { } last)
            {
                rows = rows.Where(c => c.Id.CompareTo(last) > 0);
            }

            var page = await rows.OrderBy(c => c.Id).Take(PageSize)
                .Select(c => new StoredRow(c.Id, c.TargetHash, c.Document, c.TemplateId))
                .ToListAsync(cancellationToken);
            if (page.Count > 0)
            {
                yield return page;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Id;
        }
    }
}
