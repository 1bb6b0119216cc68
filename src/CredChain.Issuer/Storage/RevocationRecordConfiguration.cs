using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CredChain.Issuer.Storage;

/// <summary>The <c>revocations</c> table. One revocation of a credential or a whole batch, durable before it is sent.</summary>
internal sealed class RevocationRecordConfiguration : IEntityTypeConfiguration<RevocationRecord>
{
    public void Configure(EntityTypeBuilder<RevocationRecord> e)
    {
        e.ToTable("revocations");
        e.HasKey(r => r.Id);
        e.Property(r => r.Id).HasColumnName("id");
        e.Property(r => r.IssuerAddress).HasColumnName("issuer_address").HasMaxLength(42).IsRequired();
        e.Property(r => r.BatchId).HasColumnName("batch_id");
        e.Property(r => r.CredentialId).HasColumnName("credential_id");
        e.Property(r => r.Reason).HasColumnName("reason");
        e.Property(r => r.State).HasColumnName("state").IsConcurrencyToken();
        e.Property(r => r.CreatedAtMs).HasColumnName("created_at_ms");
        e.Property(r => r.Nonce).HasColumnName("nonce");
        e.Property(r => r.SignedTransaction).HasColumnName("signed_transaction");
        e.Property(r => r.TransactionHash).HasColumnName("transaction_hash");
        e.Property(r => r.BlockNumber).HasColumnName("block_number");
        e.Property(r => r.LastError).HasColumnName("last_error").HasMaxLength(2000);
        e.Property(r => r.FailureCode).HasColumnName("failure_code").HasMaxLength(64);
        e.Property(r => r.FailureError).HasColumnName("failure_error").HasMaxLength(200);
        e.Property(r => r.FailedAtMs).HasColumnName("failed_at_ms");
        e.HasIndex(r => new { r.State, r.CreatedAtMs }).HasDatabaseName("ix_revocations_state_created");
        e.HasIndex(r => new { r.IssuerAddress, r.State, r.CreatedAtMs }).HasDatabaseName("ix_revocations_issuer_state");
        e.HasIndex(r => new { r.CredentialId, r.CreatedAtMs }).HasDatabaseName("ix_revocations_credential");
        e.HasIndex(r => new { r.BatchId, r.State }).HasDatabaseName("ix_revocations_batch");

        // At most one revocation of a credential, and one of a whole batch, is active (not failed) at a time: the
        // database refuses the second insert, so concurrent revoke requests cannot send two transactions.
        e.HasIndex(r => r.CredentialId).IsUnique().HasFilter(RevocationFilters.ActiveCredential).HasDatabaseName("ux_revocations_active_credential");
        e.HasIndex(r => r.BatchId).IsUnique().HasFilter(RevocationFilters.ActiveBatch).HasDatabaseName("ux_revocations_active_batch");
    }
}
