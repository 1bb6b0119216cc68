using CredChain.Core.Merkle;
using CredChain.Issuer.Anchoring;
using CredChain.Issuer.Storage;
using CredChain.Issuer.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CredChain.Issuer.Tests.Anchoring;

/// <summary>The tree cache keeps the most recently read batches within its memory budget, however many were read before.</summary>
public sealed class MerkleTreeCacheTests
{
    private const int Held = 8;
    private const int PerBatch = 3;

    [Fact]
    public async Task ReadingMoreBatchesThanTheBudgetHolds_KeepsTheNewestAndDropsTheLeastRecentlyUsed()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var factory = new IssuerApiFactory(database.Settings.ToDictionary());
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IssuerDbContext>();
        var batches = await AddBatchesAsync(db, Held + 3);

        // Every batch holds three credentials, so every tree takes the same bytes: the budget holds eight of them.
        var treeBytes = (await new MerkleTreeCache(long.MaxValue).GetAsync(db, batches[0], CancellationToken.None)).NodeBytes;
        var cache = new MerkleTreeCache(Held * treeBytes);
        var first = new List<MerkleTree>();
        foreach (var batch in batches)
        {
            first.Add(await cache.GetAsync(db, batch, CancellationToken.None));
        }

        Assert.Equal(Held * treeBytes, cache.HeldBytes);
        // The last eight batches read are held (the same tree comes back); the first ones were given up for them.
        for (var i = batches.Count - 1; i >= batches.Count - Held; i--)
        {
            Assert.Same(first[i], await cache.GetAsync(db, batches[i], CancellationToken.None));
        }

        var rebuilt = await cache.GetAsync(db, batches[0], CancellationToken.None);
        Assert.NotSame(first[0], rebuilt);
        Assert.Equal(first[0].Root, rebuilt.Root);
        Assert.Equal(Held * treeBytes, cache.HeldBytes);
    }

    [Fact]
    public async Task ATreeLargerThanTheBudget_IsStillHeldAlone_AndConcurrentReadsShareOneBuild()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var factory = new IssuerApiFactory(database.Settings.ToDictionary());
        var batches = await AddBatchesAsync(factory, 2);
        var cache = new MerkleTreeCache(budgetBytes: 1);

        // Each reader has its own DbContext, as concurrent requests do.
        var scopes = Enumerable.Range(0, 4).Select(_ => factory.Services.CreateAsyncScope()).ToList();
        var trees = await Task.WhenAll(scopes.Select(s => cache.GetAsync(s.ServiceProvider.GetRequiredService<IssuerDbContext>(), batches[0], CancellationToken.None)));
        Assert.All(trees, t => Assert.Same(trees[0], t));
        Assert.Equal(trees[0].NodeBytes, cache.HeldBytes);

        var second = await cache.GetAsync(scopes[0].ServiceProvider.GetRequiredService<IssuerDbContext>(), batches[1], CancellationToken.None);
        Assert.Equal(second.NodeBytes, cache.HeldBytes);
        foreach (var scope in scopes)
        {
            await scope.DisposeAsync();
        }
    }

    private static async Task<List<Guid>> AddBatchesAsync(IssuerApiFactory factory, int count)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await AddBatchesAsync(scope.ServiceProvider.GetRequiredService<IssuerDbContext>(), count);
    }

    private static async Task<List<Guid>> AddBatchesAsync(IssuerDbContext db, int count)
    {
        var batches = Enumerable.Range(0, count).Select(_ => Guid.CreateVersion7()).ToList();
        foreach (var batch in batches)
        {
            db.Batches.Add(new BatchRecord { Id = batch, IssuerAddress = TestAccounts.AddressA, State = BatchState.Anchored, CredentialCount = PerBatch });
            for (var i = 0; i < PerBatch; i++)
            {
                db.Credentials.Add(new CredentialRecord { Id = Guid.CreateVersion7(), IssuerAddress = TestAccounts.AddressA, BatchId = batch, TargetHash = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32), Document = [0x7b, 0x7d] });
            }
        }

        await db.SaveChangesAsync();
        return batches;
    }
}
