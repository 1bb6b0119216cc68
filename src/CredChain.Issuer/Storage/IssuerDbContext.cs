using Microsoft.EntityFrameworkCore;

namespace CredChain.Issuer.Storage;

/// <summary>The service's store. Provider-specific subclasses only exist so each provider keeps its own migrations.</summary>
internal abstract class IssuerDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<CredentialRecord> Credentials => Set<CredentialRecord>();

    public DbSet<BatchRecord> Batches => Set<BatchRecord>();

    public DbSet<RevocationRecord> Revocations => Set<RevocationRecord>();

    public DbSet<IdempotencyRecord> IdempotencyKeys => Set<IdempotencyRecord>();

    public DbSet<DocumentTemplateRecord> DocumentTemplates => Set<DocumentTemplateRecord>();

    /// <summary>Every table's configuration is an <see cref="IEntityTypeConfiguration{TEntity}"/> next to the records it maps:
    /// the credential tables here in Storage, a feature's own tables in its folder (Publications).</summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IssuerDbContext).Assembly);
}
