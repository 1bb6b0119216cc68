using Microsoft.EntityFrameworkCore;

namespace CredChain.Verifier.Shares;

internal sealed class PostgresShareDbContext(DbContextOptions<PostgresShareDbContext> options) : ShareDbContext(options);
