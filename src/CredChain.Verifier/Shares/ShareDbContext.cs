using Microsoft.EntityFrameworkCore;

namespace CredChain.Verifier.Shares;

/// <summary>The share store. Provider-specific subclasses only exist so each provider keeps its own migrations.</summary>
internal abstract class ShareDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ShareRecord> Shares => Set<ShareRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var share = modelBuilder.Entity<ShareRecord>();
        share.ToTable("shares");
        share.HasKey(s => s.Id);
        share.Property(s => s.Id).HasMaxLength(ShareId.Length).IsUnicode(false);
        share.Property(s => s.DeleteTokenHash).HasMaxLength(32);
        share.Property(s => s.Publisher).HasMaxLength(100);
        share.Property(s => s.HolderWithdrawalCodeHash).HasMaxLength(32);
        share.HasIndex(s => s.ExpiresAtMs);
    }
}
