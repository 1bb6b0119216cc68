using CredChain.Issuer.Publications;
using CredChain.Issuer.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CredChain.Issuer.Tests.Storage;

/// <summary>
/// The model built from the per-table configurations (Storage's and the Publications feature's) is the one each
/// provider's migrations were generated from: moving a configuration must not change a table.
/// </summary>
public sealed class ModelSnapshotTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Model_MatchesTheLastMigration_AndMapsEveryTable(string provider)
    {
        await using var store = await DatabaseBeforeMigration.CreateUnmigratedAsync(provider);
        var db = store.Db;

        Assert.False(db.Database.HasPendingModelChanges(), "The model differs from the provider's migration snapshot.");
        Assert.Equal(
            ["batch_publications", "batches", "credentials", "document_templates", "idempotency_keys", "publications", "revocations"],
            db.Model.GetEntityTypes().Select(t => t.GetTableName()).Order(StringComparer.Ordinal));
        Assert.Equal("publications", db.Publications.EntityType.GetTableName());
        Assert.Equal("batch_publications", db.BatchPublications.EntityType.GetTableName());
    }
}
