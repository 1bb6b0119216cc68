using System.Collections.Concurrent;
using CredChain.Core.Checkpoints;
using CredChain.Ethereum.Hub.Proofs;
using CredChain.Relay.Following;
using CredChain.Relay.Storage;

namespace CredChain.Relay.Api;

/// <summary>Answers proof requests from the store: only checkpoints known to be on the hub are served.</summary>
internal sealed class ProofService(RelayStore store)
{
    private const int CachedTrees = 256;
    private readonly ConcurrentDictionary<long, CheckpointTree> _trees = new();

    public async Task<HubProofBundle> RootAsync(MemberChain member, string issuer, string root, CancellationToken cancellationToken)
    {
        var kind = (int)CheckpointEventKind.RootAnchored;
        return await BundleAsync(member, q => q.Where(e => e.Kind == kind && e.Subject == issuer && e.Root == root), cancellationToken);
    }

    public async Task<HubProofBundle> RevocationsAsync(MemberChain member, string issuer, string root, string targetHash, CancellationToken cancellationToken)
    {
        var (credential, batch) = ((int)CheckpointEventKind.CredentialRevoked, (int)CheckpointEventKind.BatchRevoked);
        return await BundleAsync(
            member,
            q => q.Where(e => e.Subject == issuer && e.Root == root && ((e.Kind == credential && e.TargetHash == targetHash) || e.Kind == batch)),
            cancellationToken);
    }

    public async Task<HubProofBundle> AccreditationsAsync(MemberChain member, string issuer, CancellationToken cancellationToken)
    {
        var kinds = new[]
        {
            (int)CheckpointEventKind.IssuerAccredited, (int)CheckpointEventKind.IssuerSuspended, (int)CheckpointEventKind.IssuerReinstated,
            (int)CheckpointEventKind.IssuerKeyRotated, (int)CheckpointEventKind.IssuerKeyCompromised,
        };
        return await BundleAsync(member, q => q.Where(e => kinds.Contains(e.Kind) && (e.Subject == issuer || e.Other == issuer)), cancellationToken);
    }

    public async Task<HubAsOf?> AsOfAsync(MemberChain member, CancellationToken cancellationToken)
    {
        var latest = await store.GetLatestAnchoredAsync(member.Options.Key, cancellationToken);
        return latest is null ? null : new HubAsOf((ulong)latest.Sequence, (ulong)latest.ToBlock, latest.SourceBlockTime);
    }

    private async Task<HubProofBundle> BundleAsync(MemberChain member, Func<IQueryable<EntryRow>, IQueryable<EntryRow>> filter, CancellationToken cancellationToken)
    {
        // As-of first: an entry anchored after it was read is left out rather than served beyond the stated checkpoint.
        var asOf = await AsOfAsync(member, cancellationToken);
        var found = await store.FindAsync(member.Options.Key, filter, cancellationToken);
        var proofs = new List<HubEntryProof>(found.Count);
        foreach (var (row, checkpoint) in found.Where(f => asOf is not null && (ulong)f.Checkpoint.Sequence <= asOf.Sequence))
        {
            var entry = EntryMapping.ToEntry(row);
            var tree = await TreeAsync(checkpoint.Id, cancellationToken);
            proofs.Add(new HubEntryProof(
                (ulong)checkpoint.Sequence,
                row.Kind,
                entry.BlockNumber,
                entry.LogIndex,
                entry.Fields.Select(f => f.ToString()).ToList(),
                tree.GetProof(entry).Select(h => h.ToString()).ToList(),
                row.Texts?.Split('\n')));
        }

        return new HubProofBundle(member.Ref.ChainId, member.Ref.Registry, asOf, proofs);
    }

    private async Task<CheckpointTree> TreeAsync(long checkpointId, CancellationToken cancellationToken)
    {
        if (_trees.TryGetValue(checkpointId, out var cached))
        {
            return cached;
        }

        var rows = await store.GetEntriesAsync(checkpointId, cancellationToken);
        var tree = CheckpointTree.Build(rows.Select(EntryMapping.ToEntry));
        if (_trees.Count >= CachedTrees)
        {
            _trees.Clear();
        }

        _trees[checkpointId] = tree;
        return tree;
    }
}
