using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CredChain.Issuer.Publications;

/// <summary>The <c>batch_publications</c> table of the issuer database. A batch whose credentials are published once it is anchored.</summary>
internal sealed class BatchPublicationRecordConfiguration : IEntityTypeConfiguration<BatchPublicationRecord>
{
    public void Configure(EntityTypeBuilder<BatchPublicationRecord> e)
    {
        e.ToTable("batch_publications");
        e.HasKey(b => b.BatchId);
        e.Property(b => b.BatchId).HasColumnName("batch_id");
        e.Property(b => b.RequestedAtMs).HasColumnName("requested_at_ms");
        e.Property(b => b.CompletedAtMs).HasColumnName("completed_at_ms");
        e.Property(b => b.Attempts).HasColumnName("attempts");
        e.Property(b => b.LastError).HasColumnName("last_error").HasMaxLength(2000);
        e.HasIndex(b => b.CompletedAtMs).HasDatabaseName("ix_batch_publications_open");
    }
}
