using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CredChain.Issuer.Storage;

/// <summary>Lets <c>dotnet ef migrations add X --context PostgresIssuerDbContext</c> run without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresIssuerDbContext>
{
    public PostgresIssuerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresIssuerDbContext>().UseNpgsql("Host=localhost;Database=credchain_design").Options);
}
