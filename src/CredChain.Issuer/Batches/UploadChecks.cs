using CredChain.Issuer.Import;

namespace CredChain.Issuer.Batches;

/// <summary>
/// The row errors of one upload (the first <c>maxErrors</c> kept, all counted) and its subject ids, to refuse a
/// duplicate. Called in row order by one chunk at a time (see <see cref="ChunkPipeline"/>), or by the reading loop once
/// no chunk is in flight, so it needs no lock.
/// </summary>
internal sealed class UploadChecks(int maxErrors)
{
    private readonly List<RowError> _errors = [];
    private readonly HashSet<string> _subjectIds = new(StringComparer.Ordinal);

    public int TotalErrors { get; private set; }

    /// <summary>The kept errors in row order.</summary>
    public IReadOnlyList<RowError> Errors => [.. _errors.OrderBy(e => e.Row)];

    public void Add(RowError error)
    {
        TotalErrors++;
        if (_errors.Count < maxErrors)
        {
            _errors.Add(error);
        }
    }

    /// <summary>Records the row's errors; true when its credential may be written (valid, new subject id, upload error-free so far).</summary>
    public bool Accept(BuiltRow row)
    {
        foreach (var error in row.Errors)
        {
            Add(error);
        }

        if (row.Record is null)
        {
            return false;
        }

        if (row.SubjectId is { } subjectId && !_subjectIds.Add(subjectId))
        {
            Add(new RowError(row.Row, RowErrorCodes.DuplicateId, "credentialSubject.id appears on an earlier row of this upload.", "credentialSubject.id"));
            return false;
        }

        return TotalErrors == 0;
    }
}
