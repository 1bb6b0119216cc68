using Microsoft.EntityFrameworkCore;

namespace CredChain.Relay.Storage;

/// <summary>Reads and writes checkpoints and their entries; every write is committed before it returns.</summary>
internal sealed class RelayStore(IDbContextFactory<RelayDbContext> factory) : IDisposable
{
    private readonly SemaphoreSlim _creating = new(1, 1);
    private volatile bool _created;

    /// <summary>A context on a database that exists (created with its schema on first use).</summary>
    private async Task<RelayDbContext> OpenAsync(CancellationToken cancellationToken)
    {
        var db = await factory.CreateDbContextAsync(cancellationToken);
        if (_created)
        {
            return db;
        }

        await _creating.WaitAsync(cancellationToken);
        try
        {
            if (!_created)
            {
                await db.Database.EnsureCreatedAsync(cancellationToken);
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                _created = true;
            }
        }
        finally
        {
            _creating.Release();
        }

        return db;
    }

    /// <summary>The member's checkpoint that is signed but not known to be on the hub, if any (at most one).</summary>
    public async Task<CheckpointRow?> GetPendingAsync(string memberKey, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        return await db.Checkpoints.AsNoTracking()
            .FirstOrDefaultAsync(c => c.MemberKey == memberKey && c.State == CheckpointState.Signed, cancellationToken);
    }

    public async Task AddAsync(CheckpointRow row, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        db.Checkpoints.Add(row);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task MarkAnchoredAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        await db.Checkpoints.Where(c => c.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.State, CheckpointState.Anchored), cancellationToken);
    }

    public async Task DiscardAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        await db.Entries.Where(e => e.CheckpointId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Checkpoints.Where(c => c.Id == id).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The member's latest checkpoint on the hub, if any.</summary>
    public async Task<CheckpointRow?> GetLatestAnchoredAsync(string memberKey, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        return await db.Checkpoints.AsNoTracking()
            .Where(c => c.MemberKey == memberKey && c.State == CheckpointState.Anchored)
            .OrderByDescending(c => c.Sequence)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Every anchored checkpoint of the member, oldest first (ranges only, no entries).</summary>
    public async Task<List<CheckpointRow>> ListAnchoredAsync(string memberKey, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        return await db.Checkpoints.AsNoTracking()
            .Where(c => c.MemberKey == memberKey && c.State == CheckpointState.Anchored)
            .OrderBy(c => c.Sequence)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The anchored entries of the member that <paramref name="filter"/> selects, with their checkpoint.</summary>
    public async Task<List<(EntryRow Entry, CheckpointRow Checkpoint)>> FindAsync(
        string memberKey, Func<IQueryable<EntryRow>, IQueryable<EntryRow>> filter, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var query = filter(db.Entries.AsNoTracking().Where(e => e.MemberKey == memberKey))
            .Join(db.Checkpoints.AsNoTracking().Where(c => c.State == CheckpointState.Anchored), e => e.CheckpointId, c => c.Id, (e, c) => new { e, c })
            .OrderBy(x => x.e.BlockNumber).ThenBy(x => x.e.LogIndex);
        return (await query.ToListAsync(cancellationToken)).Select(x => (x.e, x.c)).ToList();
    }

    /// <summary>Every entry of one checkpoint (to rebuild its tree for proofs).</summary>
    public async Task<List<EntryRow>> GetEntriesAsync(long checkpointId, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        return await db.Entries.AsNoTracking().Where(e => e.CheckpointId == checkpointId).ToListAsync(cancellationToken);
    }

    public void Dispose() => _creating.Dispose();
}
