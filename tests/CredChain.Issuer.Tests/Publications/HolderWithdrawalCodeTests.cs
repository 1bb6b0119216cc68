using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CredChain.Core.Sharing;
using CredChain.Issuer.Publications;
using CredChain.Issuer.Storage;
using CredChain.Issuer.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CredChain.Issuer.Tests.Publications;

/// <summary>
/// The holder's withdrawal code of a published copy: stored beside the printed code (both providers, earlier copies kept
/// without one) and given to a registrar only, who delivers it with the credential file.
/// </summary>
public sealed class HolderWithdrawalCodeTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Migration_KeepsEarlierPublicationsWithoutACode_AndNewOnesStoreIt(string provider)
    {
        await using var before = await DatabaseBeforeMigration.CreateAsync(provider, "_HolderWithdrawalCode");
        var db = before.Db;
        Guid earlier = Guid.CreateVersion7(), later = Guid.CreateVersion7(), batch = Guid.CreateVersion7();
        var code = ShareCode.Generate();
        await db.Database.ExecuteSqlAsync($"INSERT INTO publications (credential_id, batch_id, issuer_address, code, share_id, state, created_at_ms, published_at_ms) VALUES ({earlier}, {batch}, {TestAccounts.AddressA}, {code}, {ShareCode.DeriveId(code)}, 1, 1, 2)");

        await db.Database.MigrateAsync();
        var holderCode = ShareCode.Generate();
        var laterRecord = Record(later, batch, holderCode);
        db.Publications.Add(laterRecord);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var stored = await db.Publications.AsNoTracking().ToDictionaryAsync(p => p.CredentialId);
        Assert.Equal(
            [(earlier, code, (string?)null, PublicationState.Published), (later, laterRecord.Code, holderCode, PublicationState.Published)],
            new[] { earlier, later }.Select(id => (stored[id].CredentialId, stored[id].Code, stored[id].HolderWithdrawalCode, stored[id].State)));
    }

    [Fact]
    public async Task GetPublication_GivesTheHolderCodeToARegistrarOnly()
    {
        await using var factory = new IssuerApiFactory();
        var id = await Seed.CredentialAsync(factory, TestAccounts.AddressA);
        var holderCode = ShareCode.Generate();
        var record = Record(id, Guid.CreateVersion7(), holderCode);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IssuerDbContext>();
            db.Publications.Add(record);
            await db.SaveChangesAsync();
        }

        using var registrar = factory.CreateClientFor([TestAccounts.AddressA], "registrar");
        using var auditor = factory.CreateClientFor([TestAccounts.AddressA], "auditor", "revoker");
        var forRegistrar = await registrar.GetFromJsonAsync<JsonElement>($"/api/v1/credentials/{id}/publication");
        var forAuditor = await auditor.GetFromJsonAsync<JsonElement>($"/api/v1/credentials/{id}/publication");

        var link = forRegistrar.GetProperty("link").GetString();
        Assert.EndsWith("/s#" + record.Code, link, StringComparison.Ordinal);
        Assert.Equal(
            $$"""{"credentialId":"{{id}}","state":"published","code":"{{ShareCode.Format(record.Code)}}","link":"{{link}}","holderWithdrawalCode":"{{ShareCode.Format(holderCode)}}","publishedAt":"2026-12-03T08:00:00+00:00","withdrawnAt":null}""",
            forRegistrar.GetRawText());
        Assert.Equal(
            $$"""{"credentialId":"{{id}}","state":"published","code":"{{ShareCode.Format(record.Code)}}","link":"{{link}}","holderWithdrawalCode":null,"publishedAt":"2026-12-03T08:00:00+00:00","withdrawnAt":null}""",
            forAuditor.GetRawText());
    }

    [Fact]
    public async Task GetPublication_OfACopyPublishedBeforeHolderCodes_HasNone()
    {
        await using var factory = new IssuerApiFactory();
        var id = await Seed.CredentialAsync(factory, TestAccounts.AddressA);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IssuerDbContext>();
            db.Publications.Add(Record(id, Guid.CreateVersion7(), null));
            await db.SaveChangesAsync();
        }

        using var registrar = factory.CreateClientFor([TestAccounts.AddressA], "registrar");
        using var response = await registrar.GetAsync($"/api/v1/credentials/{id}/publication");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("holderWithdrawalCode").ValueKind);
    }

    private static PublicationRecord Record(Guid credentialId, Guid batchId, string? holderCode)
    {
        var code = ShareCode.Generate();
        return new PublicationRecord
        {
            CredentialId = credentialId,
            BatchId = batchId,
            IssuerAddress = TestAccounts.AddressA,
            Code = code,
            ShareId = ShareCode.DeriveId(code),
            HolderWithdrawalCode = holderCode,
            State = PublicationState.Published,
            CreatedAtMs = 1,
            PublishedAtMs = new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(),
        };
    }
}
