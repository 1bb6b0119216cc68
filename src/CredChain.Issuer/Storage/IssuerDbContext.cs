using Microsoft.EntityFrameworkCore;

namespace CredChain.Issuer.Storage;

/// <summary>The service's store. Provider-specific subclasses only exist so each provider keeps its own migrations.</summary>
internal abstract class IssuerDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<CredentialRecord> Credentials => Set<CredentialRecord>();

    public DbSet<BatchRecord> Batches => Set<BatchRecord>();

    public DbSet<RevocationRecord> Revocations => Set<RevocationRecord>();

    public DbSet<IdempotencyRecord> IdempotencyKeys => Set<IdempotencyRecord>();

    public DbSet<Publications.PublicationRecord> Publications => Set<Publications.PublicationRecord>();

    public DbSet<Publications.BatchPublicationRecord> BatchPublications => Set<Publications.BatchPublicationRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CredentialRecord>(e =>
        {
            e.ToTable("credentials");
            e.HasKey(c => c.Id);
            e.Property(c => c.Id).HasColumnName("id");
            e.Property(c => c.IssuerAddress).HasColumnName("issuer_address").HasMaxLength(42).IsRequired();
            e.Property(c => c.State).HasColumnName("state");
            e.Property(c => c.BatchId).HasColumnName("batch_id");
            e.Property(c => c.TargetHash).HasColumnName("target_hash").IsRequired();
            e.Property(c => c.Document).IsRequired();

            // Entity splitting: the large document lives in its own table, so state changes of a whole batch
            // (UPDATE credentials SET state = …) rewrite small rows only.
            e.SplitToTable("credential_documents", t =>
            {
                t.Property(c => c.Id).HasColumnName("id");
                t.Property(c => c.Document).HasColumnName("document");
            });
            e.Property(c => c.AcceptedAtMs).HasColumnName("accepted_at_ms");
            e.Property(c => c.RevocationReason).HasColumnName("revocation_reason");
            e.Property(c => c.RevokedAtMs).HasColumnName("revoked_at_ms");
            // (batch, id): a batch's listing (ORDER BY id) reads the index in order instead of sorting every document.
            e.HasIndex(c => new { c.BatchId, c.Id }).HasDatabaseName("ix_credentials_batch_id");
            // Only credentials still waiting for a batch (single POSTs): bulk uploads, which come with their batch, skip it.
            e.HasIndex(c => new { c.IssuerAddress, c.State, c.AcceptedAtMs }).HasDatabaseName("ix_credentials_unbatched").HasFilter("batch_id IS NULL");
        });

        modelBuilder.Entity<BatchRecord>(e =>
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
        });

        modelBuilder.Entity<RevocationRecord>(e =>
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
        });

        modelBuilder.Entity<IdempotencyRecord>(e =>
        {
            e.ToTable("idempotency_keys");
            e.HasKey(i => new { i.IssuerAddress, i.Key });
            e.Property(i => i.IssuerAddress).HasColumnName("issuer_address").HasMaxLength(42);
            e.Property(i => i.Key).HasColumnName("key").HasMaxLength(200);
            e.Property(i => i.RequestHash).HasColumnName("request_hash").IsRequired();
            e.Property(i => i.CredentialId).HasColumnName("credential_id");
            e.Property(i => i.CreatedAtMs).HasColumnName("created_at_ms");
        });

        CredChain.Issuer.Publications.PublicationModel.Configure(modelBuilder);
    }
}
