using System.Security.Cryptography;
using System.Text.Json;
using CredChain.Core.Documents;
using CredChain.Core.Issuing;
using CredChain.Issuer.Storage;
using CredChain.Issuer.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CredChain.Issuer.Tests.Storage;

/// <summary>Migrations on a database an older version left: what it stored stays as it was, and readable.</summary>
public sealed class MigrationTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task FaultIsolationMigration_FailsDuplicateRevocations_KeepingTheOneFurthestAlong(string provider)
    {
        await using var before = await DatabaseBeforeMigration.CreateAsync(provider, "_FaultIsolation");
        var db = before.Db;

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

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task CompactDocumentsMigration_KeepsWholeDocumentsReadableAsStored(string provider)
    {
        await using var before = await DatabaseBeforeMigration.CreateAsync(provider, "_CompactDocuments");
        var db = before.Db;
        var factory = new CredentialFactory(TimeProvider.System, RandomNumberGenerator.Create());
        using var subject = JsonDocument.Parse("""{"name":{"zh":"学生","en":"Student"},"gpa":3.5}""");
        var issued = factory.Issue(new CredentialDraft(IssuerRef.ForAccount(1337, TestAccounts.AddressA, "Test University A"), [], subject.RootElement, DateTimeOffset.UnixEpoch));
        Guid id = issued.Id, batch = Guid.CreateVersion7();
        byte[] hash = issued.TargetHash.ToByteArray(), document = issued.Utf8Json.ToArray();
        await db.Database.ExecuteSqlAsync($"INSERT INTO credentials (id, issuer_address, state, batch_id, target_hash, accepted_at_ms) VALUES ({id}, {TestAccounts.AddressA}, 0, {batch}, {hash}, 1)");
        await db.Database.ExecuteSqlAsync($"INSERT INTO credential_documents (id, document) VALUES ({id}, {document})");

        await db.Database.MigrateAsync();

        var record = await db.Credentials.AsNoTracking().SingleAsync(c => c.Id == id);
        var stored = before.Services.GetRequiredService<StoredDocuments>();
        Assert.Null(record.TemplateId);
        Assert.Equal(document, await stored.ReadAsync(db, record, CancellationToken.None));
        var templates = await stored.LoadBatchAsync(db, batch, CancellationToken.None);
        Assert.Empty(templates);
        Assert.Equal(document, StoredDocuments.Expand(templates, id, hash, record.Document, record.TemplateId, new System.Buffers.ArrayBufferWriter<byte>()).ToArray());
    }
}
