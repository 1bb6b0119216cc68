using CredChain.Issuer.Storage;
using CredChain.Issuer.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CredChain.Issuer.Tests.Storage;

/// <summary>The migration that makes active revocations unique first fails the duplicates older versions could store.</summary>
public sealed class MigrationTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task FaultIsolationMigration_FailsDuplicateRevocations_KeepingTheOneFurthestAlong(string provider)
    {
        await using var store = await UnmigratedStore.CreateAsync(provider);
        var db = store.Db;
        var migrations = db.Database.GetMigrations().ToList();
        var faultIsolation = migrations.FindIndex(m => m.EndsWith("_FaultIsolation", StringComparison.Ordinal));
        Assert.True(faultIsolation > 0, "The FaultIsolation migration follows an earlier one.");
        await db.GetService<IMigrator>().MigrateAsync(migrations[faultIsolation - 1]);

        Guid credential = Guid.CreateVersion7(), other = Guid.CreateVersion7(), batch = Guid.CreateVersion7();
        var rows = new (string Name, Guid? Credential, int State)[]
        {
            ("pending, then confirmed: the confirmed one stays", credential, 0),
            ("confirmed", credential, 2),
            ("two pending: the older stays", other, 0),
            ("the newer pending", other, 0),
            ("whole batch, sending", null, 1),
            ("whole batch, pending", null, 0),
        };
        var ids = new List<Guid>();
        foreach (var (_, credentialId, state) in rows)
        {
            var id = Guid.CreateVersion7();
            ids.Add(id);
            await db.Database.ExecuteSqlAsync($"INSERT INTO revocations (id, issuer_address, batch_id, credential_id, reason, state, created_at_ms) VALUES ({id}, {TestAccounts.AddressA}, {batch}, {credentialId}, 1, {state}, 1)");
        }

        await db.Database.MigrateAsync();

        var after = await db.Revocations.AsNoTracking().ToDictionaryAsync(r => r.Id);
        Assert.Equal(
            [(OperationState.Failed, "duplicate_revocation"), (OperationState.Confirmed, null), (OperationState.Pending, null), (OperationState.Failed, "duplicate_revocation"), (OperationState.Sending, null), (OperationState.Failed, "duplicate_revocation")],
            ids.Select(id => (after[id].State, after[id].FailureCode)));
    }
}
