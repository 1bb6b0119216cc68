using Microsoft.EntityFrameworkCore;

namespace CredChain.Issuer.Storage;

internal sealed class PostgresIssuerDbContext(DbContextOptions<PostgresIssuerDbContext> options) : IssuerDbContext(options);
