using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CredChain.Verifier.Shares;

/// <summary>Lets <c>dotnet ef migrations add X --context SqliteShareDbContext</c> run without a host.</summary>
internal sealed class SqliteShareDesignTimeFactory : IDesignTimeDbContextFactory<SqliteShareDbContext>
{
    public SqliteShareDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteShareDbContext>().UseSqlite("Data Source=design.db").Options);
}
