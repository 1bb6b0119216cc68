using CredChain.Core.Hashing;
using CredChain.Core.Merkle;
using CredChain.Issuer.Storage;
using Microsoft.EntityFrameworkCore;

namespace CredChain.Issuer.Anchoring;

/// <summary>
/// Merkle paths are derived on request from the batch's stored targetHashes, not stored per credential
/// (a 500,000-credential batch would otherwise write 19 × 32 bytes more per row); the eight most recently used trees are
/// kept, the least recently used one giving way to a new one. (A size-limited <c>MemoryCache</c> did this before, but it
/// refuses a new entry while it is full and only compacts afterwards, so once eight batches had been read every read of
/// another batch rebuilt its tree: 670 ms per GET on a 500,000-credential batch, measured by bench/CredChain.Bench.Scale.)
/// </summary>
internal sealed class MerkleTreeCache
{
    internal const int Capacity = 8;

    private readonly Lock _lock = new();
    private readonly LinkedList<(Guid Batch, MerkleTree Tree)> _recent = new();

    public async Task<MerkleTree> GetAsync(IssuerDbContext db, Guid batchId, CancellationToken cancellationToken)
    {
        if (TryGet(batchId) is { } cached)
        {
            return cached;
        }

        var tree = await BuildAsync(db, batchId, cancellationToken);
        lock (_lock)
        {
            if (Find(batchId) is null)
            {
                _recent.AddFirst((batchId, tree));
                while (_recent.Count > Capacity)
                {
                    _recent.RemoveLast();
                }
            }
        }

        return tree;
    }

    private MerkleTree? TryGet(Guid batchId)
    {
        lock (_lock)
        {
            if (Find(batchId) is not { } node)
            {
                return null;
            }

            _recent.Remove(node);
            _recent.AddFirst(node);
            return node.Value.Tree;
        }
    }

    private LinkedListNode<(Guid Batch, MerkleTree Tree)>? Find(Guid batchId)
    {
        for (var node = _recent.First; node is not null; node = node.Next)
        {
            if (node.Value.Batch == batchId)
            {
                return node;
            }
        }

        return null;
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
}
