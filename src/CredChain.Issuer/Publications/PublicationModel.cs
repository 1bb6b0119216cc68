using CredChain.Core.Sharing;
using Microsoft.EntityFrameworkCore;

namespace CredChain.Issuer.Publications;

/// <summary>The publication tables of the issuer database.</summary>
internal static class PublicationModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PublicationRecord>(e =>
        {
            e.ToTable("publications");
            e.HasKey(p => p.CredentialId);
            e.Property(p => p.CredentialId).HasColumnName("credential_id");
            e.Property(p => p.BatchId).HasColumnName("batch_id");
            e.Property(p => p.IssuerAddress).HasColumnName("issuer_address").HasMaxLength(42).IsRequired();
            e.Property(p => p.Code).HasColumnName("code").HasMaxLength(ShareCode.Symbols).IsRequired();
            e.Property(p => p.ShareId).HasColumnName("share_id").HasMaxLength(26).IsRequired();
            e.Property(p => p.HolderWithdrawalCode).HasColumnName("holder_withdrawal_code").HasMaxLength(ShareCode.Symbols);
            e.Property(p => p.State).HasColumnName("state");
            e.Property(p => p.CreatedAtMs).HasColumnName("created_at_ms");
            e.Property(p => p.PublishedAtMs).HasColumnName("published_at_ms");
            e.Property(p => p.WithdrawnAtMs).HasColumnName("withdrawn_at_ms");
            e.HasIndex(p => new { p.BatchId, p.State }).HasDatabaseName("ix_publications_batch_state");
            e.HasIndex(p => p.ShareId).IsUnique().HasDatabaseName("ux_publications_share_id");
        });

        modelBuilder.Entity<BatchPublicationRecord>(e =>
        {
            e.ToTable("batch_publications");
            e.HasKey(b => b.BatchId);
            e.Property(b => b.BatchId).HasColumnName("batch_id");
            e.Property(b => b.RequestedAtMs).HasColumnName("requested_at_ms");
            e.Property(b => b.CompletedAtMs).HasColumnName("completed_at_ms");
            e.Property(b => b.Attempts).HasColumnName("attempts");
            e.Property(b => b.LastError).HasColumnName("last_error").HasMaxLength(2000);
            e.HasIndex(b => b.CompletedAtMs).HasDatabaseName("ix_batch_publications_open");
        });
    }
}
