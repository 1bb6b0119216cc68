using CredChain.Issuer.Storage;
using Microsoft.EntityFrameworkCore;

namespace CredChain.Issuer.Publications;

/// <summary>
/// The publication tables as members of the issuer database. They are declared here, not on <see cref="IssuerDbContext"/>,
/// so Storage does not depend on the feature that uses it; the context picks up their configuration from the assembly.
/// (Inside a query expression, where an extension property cannot appear, write <c>db.Set/// so Storage does not depend on the feature that uses it; the context picks up their configuration from the assembly.lt;PublicationRecord/// so Storage does not depend on the feature that uses it; the context picks up their configuration from the assembly.gt;()</c>.)
/// </summary>
internal static class PublicationTables
{
    extension(IssuerDbContext db)
    {
        public DbSet<PublicationRecord> Publications => db.Set<PublicationRecord>();

        public DbSet<BatchPublicationRecord> BatchPublications => db.Set<BatchPublicationRecord>();
    }
}
