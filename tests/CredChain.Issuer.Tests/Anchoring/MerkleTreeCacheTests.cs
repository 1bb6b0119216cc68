using CredChain.Core.Merkle;
using CredChain.Issuer.Anchoring;
using CredChain.Issuer.Storage;
using CredChain.Issuer.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CredChain.Issuer.Tests.Anchoring;

/// <summary>The tree cache keeps the most recently read batches, however many others were read before.</summary>
public sealed class MerkleTreeCacheTests
{
    [Fact]
    public async Task ReadingMoreBatchesThanItHolds_KeepsTheNewestAndDropsTheLeastRecentlyUsed()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var factory = new IssuerApiFactory(database.Settings.ToDictionary());
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IssuerDbContext>();
        var batches = Enumerable.Range(0, MerkleTreeCache.Capacity + 3).Select(_ => Guid.CreateVersion7()).ToList();
        foreach (var batch in batches)
        {
            db.Batches.Add(new BatchRecord { Id = batch, IssuerAddress = TestAccounts.AddressA, State = BatchState.Anchored, CredentialCount = 3 });
            for (var i = 0; i < 3; i++)
            {
                db.Credentials.Add(new CredentialRecord { Id = Guid.CreateVersion7(), IssuerAddress = TestAccounts.AddressA, BatchId = batch, TargetHash = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32), Document = [0x7b, 0x7d] });
            }
        }

        await db.SaveChangesAsync();
        var cache = new MerkleTreeCache();
        var first = new List<MerkleTree>();
        foreach (var batch in batches)
        {
            first.Add(await cache.GetAsync(db, batch, CancellationToken.None));
        }

        // The last Capacity batches read are held (the same tree comes back); the first ones were given up for them.
        for (var i = batches.Count - 1; i >= batches.Count - MerkleTreeCache.Capacity; i--)
        {
            Assert.Same(first[i], await cache.GetAsync(db, batches[i], CancellationToken.None));
        }

        Assert.NotSame(first[0], await cache.GetAsync(db, batches[0], CancellationToken.None));
        Assert.Equal(first[0].Root, (await cache.GetAsync(db, batches[0], CancellationToken.None)).Root);
    }
}
