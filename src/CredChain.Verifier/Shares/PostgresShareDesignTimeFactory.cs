using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CredChain.Verifier.Shares;

/// <summary>Lets <c>dotnet ef migrations add X --context PostgresShareDbContext</c> run without a server.</summary>
internal sealed class PostgresShareDesignTimeFactory : IDesignTimeDbContextFactory<PostgresShareDbContext>
{
    public PostgresShareDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresShareDbContext>().UseNpgsql("Host=localhost;Database=credchain_design").Options);
}
