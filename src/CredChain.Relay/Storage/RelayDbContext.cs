using Microsoft.EntityFrameworkCore;

namespace CredChain.Relay.Storage;

/// <summary>The relay's write-ahead store (SQLite).</summary>
internal sealed class RelayDbContext(DbContextOptions<RelayDbContext> options) : DbContext(options)
{
    public DbSet<CheckpointRow> Checkpoints => Set<CheckpointRow>();

    public DbSet<EntryRow> Entries => Set<EntryRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var checkpoint = modelBuilder.Entity<CheckpointRow>();
        checkpoint.ToTable("checkpoints");
        // One row per range start: a second build of the same range is refused by the database itself.
        checkpoint.HasIndex(c => new { c.MemberKey, c.FromBlock }).IsUnique();
        checkpoint.HasIndex(c => new { c.MemberKey, c.State, c.Sequence });
        checkpoint.HasMany(c => c.Entries).WithOne().HasForeignKey(e => e.CheckpointId).OnDelete(DeleteBehavior.Cascade);

        var entry = modelBuilder.Entity<EntryRow>();
        entry.ToTable("entries");
        entry.HasIndex(e => new { e.MemberKey, e.Subject });
        entry.HasIndex(e => new { e.MemberKey, e.Root });
    }
}
