using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CredChain.Issuer.Storage;

/// <summary>Lets <c>dotnet ef migrations add X --context SqliteIssuerDbContext</c> run without a host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteIssuerDbContext>
{
    public SqliteIssuerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteIssuerDbContext>().UseSqlite("Data Source=design.db").Options);
}
