using Microsoft.EntityFrameworkCore;

namespace CredChain.Issuer.Storage;

internal sealed class SqliteIssuerDbContext(DbContextOptions<SqliteIssuerDbContext> options) : IssuerDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // The document bytes keep the column's TEXT declaration: in SQLite a declared type is only an affinity, and TEXT
        // affinity stores BLOB values unchanged. Changing it would make the migration rebuild the table outside a transaction.
        modelBuilder.Entity<CredentialRecord>().Property(c => c.Document).HasColumnType("TEXT");
    }
}
