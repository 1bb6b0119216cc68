using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CredChain.Issuer.Storage;

/// <summary>The <c>credentials</c> table. One credential: its small state row, with the document split into its own table.</summary>
internal sealed class CredentialRecordConfiguration : IEntityTypeConfiguration<CredentialRecord>
{
    public void Configure(EntityTypeBuilder<CredentialRecord> e)
    {
        e.ToTable("credentials");
        e.HasKey(c => c.Id);
        e.Property(c => c.Id).HasColumnName("id");
        e.Property(c => c.IssuerAddress).HasColumnName("issuer_address").HasMaxLength(42).IsRequired();
        e.Property(c => c.State).HasColumnName("state");
        e.Property(c => c.BatchId).HasColumnName("batch_id");
        e.Property(c => c.TargetHash).HasColumnName("target_hash").IsRequired();
        e.Property(c => c.Document).IsRequired();
        e.Property(c => c.TemplateId);

        // Entity splitting: the large document lives in its own table, so state changes of a whole batch
        // (UPDATE credentials SET state = …) rewrite small rows only.
        e.SplitToTable("credential_documents", t =>
        {
            t.Property(c => c.Id).HasColumnName("id");
            t.Property(c => c.Document).HasColumnName("document");
            t.Property(c => c.TemplateId).HasColumnName("template_id");
        });
        e.Property(c => c.AcceptedAtMs).HasColumnName("accepted_at_ms");
        e.Property(c => c.RevocationReason).HasColumnName("revocation_reason");
        e.Property(c => c.RevokedAtMs).HasColumnName("revoked_at_ms");
        // (batch, id): a batch's listing (ORDER BY id) reads the index in order instead of sorting every document.
        e.HasIndex(c => new { c.BatchId, c.Id }).HasDatabaseName("ix_credentials_batch_id");
        // Only credentials still waiting for a batch (single POSTs): bulk uploads, which come with their batch, skip it.
        e.HasIndex(c => new { c.IssuerAddress, c.State, c.AcceptedAtMs }).HasDatabaseName("ix_credentials_unbatched").HasFilter("batch_id IS NULL");
    }
}
