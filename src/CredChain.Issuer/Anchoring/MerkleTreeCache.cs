using CredChain.Core.Hashing;
using CredChain.Core.Merkle;
using CredChain.Issuer.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CredChain.Issuer.Anchoring;

/// <summary>
/// Merkle paths are derived on request from the batch's stored targetHashes, not stored per credential
/// (a 500,000-credential batch would otherwise write 19 × 32 bytes more per row); the few most recently used trees are kept.
/// </summary>
internal sealed class MerkleTreeCache : IDisposable
{
    private readonly MemoryCache _trees = new(new MemoryCacheOptions { SizeLimit = 8 });

    public async Task<MerkleTree> GetAsync(IssuerDbContext db, Guid batchId, CancellationToken cancellationToken)
    {
        if (_trees.TryGetValue(batchId, out MerkleTree? cached) && cached is not null)
        {
            return cached;
        }

        var tree = await BuildAsync(db, batchId, cancellationToken);
        _trees.Set(batchId, tree, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
        return tree;
    }

    private static async Task<MerkleTree> BuildAsync(IssuerDbContext db, Guid batchId, CancellationToken cancellationToken)
    {
        var leaves = new List<Hash32>();
        await foreach (var hash in db.Credentials.AsNoTracking().Where(c => c.BatchId == batchId).Select(c => c.TargetHash).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            leaves.Add(Hash32.FromBytes(hash));
        }

        return MerkleTree.Build(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(leaves));
    }

    public void Dispose() => _trees.Dispose();
}
