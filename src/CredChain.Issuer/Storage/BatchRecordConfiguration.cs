using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CredChain.Issuer.Storage;

/// <summary>The <c>batches</c> table. One batch: its lifecycle from closed to anchored (or failed), with the transaction it was anchored by.</summary>
internal sealed class BatchRecordConfiguration : IEntityTypeConfiguration<BatchRecord>
{
    public void Configure(EntityTypeBuilder<BatchRecord> e)
    {
        e.ToTable("batches");
        e.HasKey(b => b.Id);
        e.Property(b => b.Id).HasColumnName("id");
        e.Property(b => b.IssuerAddress).HasColumnName("issuer_address").HasMaxLength(42).IsRequired();
        // A concurrency token: every transition is written as UPDATE … WHERE state = <the state it was read in>, so two
        // workers that read the same batch can never both write it ahead (the loser's SaveChanges throws).
        e.Property(b => b.State).HasColumnName("state").IsConcurrencyToken();
        e.Property(b => b.FromUpload).HasColumnName("from_upload");
        e.Property(b => b.CredentialCount).HasColumnName("credential_count");
        e.Property(b => b.CreatedAtMs).HasColumnName("created_at_ms");
        e.Property(b => b.Root).HasColumnName("root");
        e.Property(b => b.Nonce).HasColumnName("nonce");
        e.Property(b => b.SignedTransaction).HasColumnName("signed_transaction");
        e.Property(b => b.TransactionHash).HasColumnName("transaction_hash");
        e.Property(b => b.BlockNumber).HasColumnName("block_number");
        e.Property(b => b.GasUsed).HasColumnName("gas_used");
        e.Property(b => b.AnchoredAtMs).HasColumnName("anchored_at_ms");
        e.Property(b => b.Attempts).HasColumnName("attempts");
        e.Property(b => b.LastError).HasColumnName("last_error").HasMaxLength(2000);
        e.Property(b => b.RevocationReason).HasColumnName("revocation_reason");
        e.Property(b => b.RevokedAtMs).HasColumnName("revoked_at_ms");
        e.Property(b => b.FailureCode).HasColumnName("failure_code").HasMaxLength(64);
        e.Property(b => b.FailureError).HasColumnName("failure_error").HasMaxLength(200);
        e.Property(b => b.FailedAtMs).HasColumnName("failed_at_ms");
        e.HasIndex(b => new { b.State, b.CreatedAtMs }).HasDatabaseName("ix_batches_state_created");
        // The worker's lane for one account reads its open batches oldest first.
        e.HasIndex(b => new { b.IssuerAddress, b.State, b.CreatedAtMs }).HasDatabaseName("ix_batches_issuer_state");
        e.HasIndex(b => b.Root).IsUnique().HasDatabaseName("ux_batches_root");
    }
}
