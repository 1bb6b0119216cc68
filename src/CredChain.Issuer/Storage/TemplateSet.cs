using CredChain.Core.Issuing;

namespace CredChain.Issuer.Storage;

/// <summary>
/// The document templates of one upload, found as its rows are built (on several threads). A row whose envelope and
/// subject shape match a template already found is stored compact against it; a new shape adds a template, up to
/// <see cref="MaxTemplates"/> (an upload of many shapes stores the rest whole, as single credentials are).
/// </summary>
internal sealed class TemplateSet
{
    /// <summary>Most templates one upload adds; each is checked against rows that match none before it.</summary>
    public const int MaxTemplates = 16;

    private readonly Lock _lock = new();
    private volatile Entry[] _entries = [];

    /// <summary>The compact form of <paramref name="issued"/> and its template's id, or false to store it whole.</summary>
    public bool TryCompact(IssuedCredential issued, out Guid templateId, out byte[] payload)
    {
        templateId = Guid.Empty;
        payload = [];
        if (CompactDocument.TryCreate(issued) is not { } compact)
        {
            return false;
        }

        var document = issued.Utf8Json.Span;
        var entries = _entries;
        var found = Find(entries, document, issued.Layout!);
        if (found is null)
        {
            found = Add(entries, DocumentTemplate.Of(document, issued.Layout!));
            if (found is null)
            {
                return false;
            }
        }

        templateId = found.Id;
        payload = compact;
        return true;
    }

    /// <summary>The rows to store with the upload's batch.</summary>
    public IEnumerable<DocumentTemplateRecord> Records(Guid batchId) =>
        _entries.Select(e => new DocumentTemplateRecord { Id = e.Id, BatchId = batchId, Template = e.Template.ToBytes() });

    private static Entry? Find(Entry[] entries, ReadOnlySpan<byte> document, IssuedLayout layout)
    {
        foreach (var entry in entries)
        {
            if (entry.Template.Matches(document, layout))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Adds the template unless another thread added the same meanwhile; null when the set is full.</summary>
    private Entry? Add(Entry[] seen, DocumentTemplate template)
    {
        lock (_lock)
        {
            var current = _entries;
            for (var i = seen.Length; i < current.Length; i++)
            {
                if (current[i].Template.SameAs(template))
                {
                    return current[i];
                }
            }

            if (current.Length >= MaxTemplates)
            {
                return null;
            }

            var entry = new Entry(Guid.CreateVersion7(), template);
            _entries = [.. current, entry];
            return entry;
        }
    }

    private sealed record Entry(Guid Id, DocumentTemplate Template);
}
