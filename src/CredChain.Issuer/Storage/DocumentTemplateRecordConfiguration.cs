using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CredChain.Issuer.Storage;

/// <summary>The <c>document_templates</c> table: the parts every compact document of a batch shares, stored once.</summary>
internal sealed class DocumentTemplateRecordConfiguration : IEntityTypeConfiguration<DocumentTemplateRecord>
{
    public void Configure(EntityTypeBuilder<DocumentTemplateRecord> e)
    {
        e.ToTable("document_templates");
        e.HasKey(t => t.Id);
        e.Property(t => t.Id).HasColumnName("id");
        e.Property(t => t.BatchId).HasColumnName("batch_id");
        e.Property(t => t.Template).HasColumnName("template").IsRequired();
        e.HasIndex(t => t.BatchId).HasDatabaseName("ix_document_templates_batch_id");
    }
}
