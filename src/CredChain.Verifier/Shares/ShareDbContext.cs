using Microsoft.EntityFrameworkCore;

namespace CredChain.Verifier.Shares;

internal sealed class ShareDbContext(DbContextOptions<ShareDbContext> options) : DbContext(options)
{
    public DbSet<ShareRecord> Shares => Set<ShareRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var share = modelBuilder.Entity<ShareRecord>();
        share.ToTable("shares");
        share.HasKey(s => s.Id);
        share.Property(s => s.Id).HasMaxLength(ShareId.Length).IsUnicode(false);
        share.Property(s => s.DeleteTokenHash).HasMaxLength(32);
        share.HasIndex(s => s.ExpiresAtMs);
    }
}
