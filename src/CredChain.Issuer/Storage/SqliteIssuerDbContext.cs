using Microsoft.EntityFrameworkCore;

namespace CredChain.Issuer.Storage;

internal sealed class SqliteIssuerDbContext(DbContextOptions<SqliteIssuerDbContext> options) : IssuerDbContext(options);
