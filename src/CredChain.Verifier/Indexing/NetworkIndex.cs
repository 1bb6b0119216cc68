using System.Collections.Immutable;
using CredChain.Core.Hashing;
using CredChain.Core.Merkle;
using CredChain.Core.Verification;
using CredChain.Ethereum.Governance;
using CredChain.Verifier.Networks;
using Nethereum.Util;
using IssuerProfile = CredChain.Core.Verification.IssuerProfile;

namespace CredChain.Verifier.Indexing;

/// <summary>
/// One network's registry and governance events, folded into what the registry's <c>verify</c> view would answer.
/// Batches are applied whole and in block order, so the index is always exactly "every event up to block N".
/// </summary>
internal sealed class NetworkIndex(TrustedNetwork network)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Hash32, IndexedAnchor> _anchors = [];
    private readonly Dictionary<(Hash32 Root, Hash32 Target), Revocation> _credentialRevocations = [];
    private readonly Dictionary<Hash32, Revocation> _batchRevocations = [];
    private readonly Dictionary<string, IndexedIssuer> _issuers = new(StringComparer.OrdinalIgnoreCase);

    public TrustedNetwork Network { get; } = network;

    /// <summary>The last block whose events are all applied; null before the first batch.</summary>
    public BlockRef? IndexedTo { get; private set; }

    /// <summary>When the index last confirmed it was at the chain head (from the portal's clock).</summary>
    public DateTimeOffset? LastSyncedAt { get; private set; }

    public int AnchorCount
    {
        get
        {
            lock (_lock)
            {
                return _anchors.Count;
            }
        }
    }

    /// <summary>The next block to read.</summary>
    public long NextBlock => IndexedTo is { } to ? to.Number + 1 : Network.DeploymentBlock;

    public void Apply(IndexBatch batch)
    {
        if (batch.From != NextBlock)
        {
            throw new InvalidOperationException($"Index of {Network.Key} is at block {NextBlock}; a batch from {batch.From} would leave a gap or repeat events.");
        }

        var events = new List<(ulong Block, ulong Log, Action Apply)>();
        foreach (var e in batch.Anchored)
        {
            events.Add((e.BlockNumber, e.LogIndex, () => _anchors[Hash32.FromBytes(e.Event.Root)] =
                new IndexedAnchor(AddressUtil.Current.ConvertToChecksumAddress(e.Event.Issuer), DateTimeOffset.FromUnixTimeSeconds((long)e.Event.AnchoredAt), (long)e.BlockNumber, Hash32.Parse(e.TransactionHash))));
        }

        foreach (var e in batch.CredentialsRevoked)
        {
            events.Add((e.BlockNumber, e.LogIndex, () => _credentialRevocations[(Hash32.FromBytes(e.Event.Root), Hash32.FromBytes(e.Event.TargetHash))] =
                new Revocation(DateTimeOffset.FromUnixTimeSeconds((long)e.Event.RevokedAt), e.Event.Reason)));
        }

        foreach (var e in batch.BatchesRevoked)
        {
            events.Add((e.BlockNumber, e.LogIndex, () => _batchRevocations[Hash32.FromBytes(e.Event.Root)] =
                new Revocation(DateTimeOffset.FromUnixTimeSeconds((long)e.Event.RevokedAt), e.Event.Reason)));
        }

        foreach (var e in batch.Accredited)
        {
            events.Add((e.BlockNumber, e.LogIndex, () =>
            {
                var issuer = Issuer(e.Event.Issuer);
                issuer.Profile = new IssuerProfile(e.Event.NameZh, e.Event.NameEn, e.Event.Domain);
                issuer.History.Add(new AccreditationRecord(
                    batch.BlockTimes[e.BlockNumber],
                    DateTimeOffset.FromUnixTimeSeconds((long)e.Event.ValidFrom),
                    e.Event.ValidUntil == 0 ? null : DateTimeOffset.FromUnixTimeSeconds((long)e.Event.ValidUntil),
                    Active: true));
            }));
        }

        foreach (var e in batch.Suspended)
        {
            events.Add((e.BlockNumber, e.LogIndex, () => Restate(e.Event.Issuer, batch.BlockTimes[e.BlockNumber], active: false)));
        }

        foreach (var e in batch.Reinstated)
        {
            events.Add((e.BlockNumber, e.LogIndex, () => Restate(e.Event.Issuer, batch.BlockTimes[e.BlockNumber], active: true)));
        }

        lock (_lock)
        {
            foreach (var e in events.OrderBy(e => e.Block).ThenBy(e => e.Log))
            {
                e.Apply();
            }

            IndexedTo = new BlockRef(batch.To, batch.ToTimestamp);
        }
    }

    public void MarkSynced(DateTimeOffset at) => LastSyncedAt = at;

    /// <summary>What the registry's verify view would answer at <see cref="IndexedTo"/>; null when the index does not know the root.</summary>
    /// <param name="root">The batch root.</param>
    /// <param name="targetHash">The credential's targetHash.</param>
    /// <param name="path">The Merkle path from the targetHash to the root.</param>
    /// <param name="pathLeadsToRoot">The fold of the path when the caller already has it (the contract's own check); else folded here.</param>
    public AnchorRecord? TryAnswer(Hash32 root, Hash32 targetHash, IReadOnlyList<Hash32> path, bool? pathLeadsToRoot = null)
    {
        lock (_lock)
        {
            if (IndexedTo is not { } asOf || !_anchors.TryGetValue(root, out var anchor))
            {
                return null;
            }

            var issuer = _issuers.GetValueOrDefault(anchor.Issuer);
            return new AnchorRecord(
                Anchored: true,
                anchor.Issuer,
                anchor.AnchoredAt,
                ProofValid: pathLeadsToRoot ?? MerkleTree.Verify(targetHash, path is ImmutableArray<Hash32> array ? array.AsSpan() : path.ToArray(), root),
                _credentialRevocations.GetValueOrDefault((root, targetHash)),
                _batchRevocations.GetValueOrDefault(root),
                issuer?.AccreditedAt(anchor.AnchoredAt) ?? false,
                issuer?.AccreditedAt(asOf.Timestamp) ?? false,
                issuer?.Profile ?? new IssuerProfile("", "", ""),
                asOf,
                anchor.BlockNumber,
                anchor.TransactionHash);
        }
    }

    private IndexedIssuer Issuer(string address)
    {
        if (!_issuers.TryGetValue(address, out var issuer))
        {
            issuer = new IndexedIssuer();
            _issuers[address] = issuer;
        }

        return issuer;
    }

    private void Restate(string address, DateTimeOffset since, bool active)
    {
        var issuer = Issuer(address);
        if (issuer.History.Count > 0)
        {
            var current = issuer.History[^1];
            issuer.History.Add(current with { Since = since, Active = active });
        }
    }
}
