using CredChain.Core.Hashing;
using CredChain.Core.Merkle;
using CredChain.Issuer.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CredChain.Issuer.Anchoring;

/// <summary>
/// Merkle paths are derived on request from the batch's stored targetHashes, not stored per credential (a 500,000-credential
/// batch would otherwise write 19 × 32 bytes more per row). Built trees are kept within a memory budget
/// (<see cref="AnchoringOptions.TreeCacheMegabytes"/>, 1 GiB by default: twenty 500,000-credential batches, ten million
/// credentials), the least recently used giving way first; the newest tree is always kept, whatever its size.
/// Concurrent reads of a batch that is not held share one build.
/// </summary>
/// <remarks>
/// History: a size-limited <c>MemoryCache</c> refused new entries once full (every read of a ninth batch rebuilt its tree,
/// 670 ms per GET on 500,000 credentials); a plain LRU of eight trees then rebuilt on every read beyond eight batches,
/// which is what a store of ten years of cohorts reads (bench/CredChain.Bench.Scale, bench/README.md).
/// </remarks>
internal sealed class MerkleTreeCache
{
    private readonly long _budget;
    private readonly Lock _lock = new();
    private readonly LinkedList<(Guid Batch, MerkleTree Tree)> _recent = new();
    private readonly Dictionary<Guid, Task<MerkleTree>> _building = [];
    private long _bytes;

    public MerkleTreeCache(IOptions<AnchoringOptions> options)
        : this(options.Value.TreeCacheMegabytes * 1024L * 1024L)
    {
    }

    /// <summary>A cache holding trees up to <paramref name="budgetBytes"/> of nodes.</summary>
    internal MerkleTreeCache(long budgetBytes) => _budget = budgetBytes;

    /// <summary>The bytes the held trees take.</summary>
    internal long HeldBytes
    {
        get
        {
            lock (_lock)
            {
                return _bytes;
            }
        }
    }

    public async Task<MerkleTree> GetAsync(IssuerDbContext db, Guid batchId, CancellationToken cancellationToken)
    {
        Task<MerkleTree> build;
        var owner = false;
        lock (_lock)
        {
            if (Find(batchId) is { } node)
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                return node.Value.Tree;
            }

            if (!_building.TryGetValue(batchId, out build!))
            {
                // Not tied to one caller's cancellation: others may be waiting for the same tree.
                build = BuildAsync(db, batchId);
                _building[batchId] = build;
                owner = true;
            }
        }

        if (!owner)
        {
            return await build.WaitAsync(cancellationToken);
        }

        try
        {
            var tree = await build;
            Hold(batchId, tree);
            return tree;
        }
        finally
        {
            lock (_lock)
            {
                _building.Remove(batchId);
            }
        }
    }

    private void Hold(Guid batchId, MerkleTree tree)
    {
        lock (_lock)
        {
            _recent.AddFirst((batchId, tree));
            _bytes += tree.NodeBytes;
            while (_bytes > _budget && _recent.Count > 1)
            {
                _bytes -= _recent.Last!.Value.Tree.NodeBytes;
                _recent.RemoveLast();
            }
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

    private static async Task<MerkleTree> BuildAsync(IssuerDbContext db, Guid batchId)
    {
        var leaves = new List<Hash32>();
        await foreach (var hash in db.Credentials.AsNoTracking().Where(c => c.BatchId == batchId).Select(c => c.TargetHash).AsAsyncEnumerable())
        {
            leaves.Add(Hash32.FromBytes(hash));
        }

        return MerkleTree.Build(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(leaves));
    }
}
