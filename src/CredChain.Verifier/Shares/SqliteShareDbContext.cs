using Microsoft.EntityFrameworkCore;

namespace CredChain.Verifier.Shares;

internal sealed class SqliteShareDbContext(DbContextOptions<SqliteShareDbContext> options) : ShareDbContext(options);
