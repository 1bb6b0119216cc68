using CredChain.Core.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CredChain.Issuer.Publications;

/// <summary>The <c>publications</c> table of the issuer database. One credential published to the portal, with the code printed on its certificate.</summary>
internal sealed class PublicationRecordConfiguration : IEntityTypeConfiguration<PublicationRecord>
{
    public void Configure(EntityTypeBuilder<PublicationRecord> e)
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
    }
}
