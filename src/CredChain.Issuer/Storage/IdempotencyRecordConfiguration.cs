using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CredChain.Issuer.Storage;

/// <summary>The <c>idempotency_keys</c> table. One Idempotency-Key of an account and the credential it answered with.</summary>
internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> e)
    {
        e.ToTable("idempotency_keys");
        e.HasKey(i => new { i.IssuerAddress, i.Key });
        e.Property(i => i.IssuerAddress).HasColumnName("issuer_address").HasMaxLength(42);
        e.Property(i => i.Key).HasColumnName("key").HasMaxLength(200);
        e.Property(i => i.RequestHash).HasColumnName("request_hash").IsRequired();
        e.Property(i => i.CredentialId).HasColumnName("credential_id");
        e.Property(i => i.CreatedAtMs).HasColumnName("created_at_ms");
    }
}
