using System.Collections.Immutable;
using CredChain.Core.Hashing;
using CredChain.Core.Merkle;
using CredChain.Core.Verification;
using CredChain.Ethereum.Governance;
using CredChain.Verifier.Networks;

namespace CredChain.Verifier.Indexing;

/// <summary>
/// One network's registry and governance events, folded into what the registry's <c>verify</c> view would answer.
/// Batches are applied whole and in block order, so the index is always exactly "every event up to block N".
/// Roots are keyed by (issuer account, root), as the registry keys them; revocations keep who made them, and are
/// reported only while effective (the contract's rule: void when the revoking key is declared compromised as of the
/// revocation's time or earlier), decided when asked, against the declarations known then.
/// </summary>
internal sealed class NetworkIndex(TrustedNetwork network)
{
    private static readonly IssuerProfile NoProfile = new("", "", "");

    private readonly Lock _lock = new();
    private readonly IssuerAccounts _accounts = new();
    private readonly Dictionary<AnchorKey, IndexedAnchor> _anchors = [];
    private readonly Dictionary<(AnchorKey Anchor, Hash32 Target), IndexedRevocation> _credentialRevocations = [];
    private readonly Dictionary<AnchorKey, IndexedRevocation> _batchRevocations = [];
    private readonly Dictionary<string, IndexedIssuer> _issuers = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<uint, IssuerProfile> _institutions = [];

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

        // One closure per event, applied in chain order under the lock (the hot path of a catch-up: see bench README).
        var events = new List<(ulong Block, ulong Log, Action Apply)>();
        AddRootEvents(batch, events);
        AddIssuerEvents(batch, events);
        lock (_lock)
        {
            foreach (var e in events.OrderBy(e => e.Block).ThenBy(e => e.Log))
            {
                e.Apply();
            }

            IndexedTo = new BlockRef(batch.To, batch.ToTimestamp);
        }
    }

    /// <summary>Roots anchored, credentials and batches revoked.</summary>
    private void AddRootEvents(IndexBatch batch, List<(ulong Block, ulong Log, Action Apply)> events)
    {
        foreach (var e in batch.Anchored)
        {
            events.Add((e.BlockNumber, e.LogIndex, () =>
            {
                var key = Key(e.Event.Issuer, e.Event.Root);
                _anchors[key] = new IndexedAnchor(key.Issuer, (long)e.Event.AnchoredAt, (long)e.BlockNumber, Hash32.Parse(e.TransactionHash));
            }));
        }

        // The registry accepts a revocation only where none is effective, so the latest logged one is the one it holds.
        foreach (var e in batch.CredentialsRevoked)
        {
            events.Add((e.BlockNumber, e.LogIndex, () => _credentialRevocations[(Key(e.Event.Issuer, e.Event.Root), Hash32.FromBytes(e.Event.TargetHash))] =
                Revocation(e.Event.RevokedAt, e.Event.Reason, e.Event.RevokedBy)));
        }

        foreach (var e in batch.BatchesRevoked)
        {
            events.Add((e.BlockNumber, e.LogIndex, () => _batchRevocations[Key(e.Event.Issuer, e.Event.Root)] =
                Revocation(e.Event.RevokedAt, e.Event.Reason, e.Event.RevokedBy)));
        }
    }

    /// <summary>Issuers accredited, suspended, reinstated, declared compromised.</summary>
    private void AddIssuerEvents(IndexBatch batch, List<(ulong Block, ulong Log, Action Apply)> events)
    {
        foreach (var e in batch.Accredited)
        {
            events.Add((e.BlockNumber, e.LogIndex, () =>
            {
                var issuer = Issuer(e.Event.Issuer);
                issuer.Institution = e.Event.Institution;
                _institutions[e.Event.Institution] = new IssuerProfile(e.Event.NameZh, e.Event.NameEn, e.Event.Domain);
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

        foreach (var e in batch.Compromised)
        {
            events.Add((e.BlockNumber, e.LogIndex, () => Issuer(e.Event.Issuer).CompromisedSince = DateTimeOffset.FromUnixTimeSeconds((long)e.Event.Since)));
        }
    }

    public void MarkSynced(DateTimeOffset at) => LastSyncedAt = at;

    /// <summary>
    /// What the registry's verify view would answer at <see cref="IndexedTo"/> for (<paramref name="issuer"/>,
    /// <paramref name="root"/>); null when the index does not know that issuer anchored that root.
    /// </summary>
    /// <param name="issuer">The account the credential names as its issuer.</param>
    /// <param name="root">The batch root.</param>
    /// <param name="targetHash">The credential's targetHash.</param>
    /// <param name="path">The Merkle path from the targetHash to the root.</param>
    /// <param name="pathLeadsToRoot">The fold of the path when the caller already has it (the contract's own check); else folded here.</param>
    public AnchorRecord? TryAnswer(string issuer, Hash32 root, Hash32 targetHash, IReadOnlyList<Hash32> path, bool? pathLeadsToRoot = null)
    {
        lock (_lock)
        {
            if (IndexedTo is not { } asOf || !_accounts.TryFind(issuer, out var number))
            {
                return null;
            }

            var key = new AnchorKey(number, root);
            if (!_anchors.TryGetValue(key, out var anchor))
            {
                return null;
            }

            var address = _accounts.Checksummed(number);
            var anchoredAt = DateTimeOffset.FromUnixTimeSeconds(anchor.AnchoredAt);
            var account = _issuers.GetValueOrDefault(address);
            return new AnchorRecord(
                Anchored: true,
                address,
                anchoredAt,
                ProofValid: pathLeadsToRoot ?? MerkleTree.Verify(targetHash, path is ImmutableArray<Hash32> array ? array.AsSpan() : path.ToArray(), root),
                Effective(_credentialRevocations.GetValueOrDefault((key, targetHash))),
                Effective(_batchRevocations.GetValueOrDefault(key)),
                account?.AccreditedAt(anchoredAt) ?? false,
                account?.AccreditedAt(asOf.Timestamp) ?? false,
                account is null ? NoProfile : _institutions.GetValueOrDefault(account.Institution, NoProfile),
                asOf,
                anchor.BlockNumber,
                anchor.TransactionHash,
                account?.CompromisedSince is { } since ? new IssuerKeyCompromise(since, anchoredAt >= since) : null,
                account?.Institution ?? 0);
        }
    }

    /// <summary>
    /// The earliest block, up to <see cref="IndexedTo"/>, in which an account other than <paramref name="issuer"/>
    /// anchored <paramref name="root"/>, and the accounts that did in that block (usually one); null when none did.
    /// Probes each account the index has seen: one dictionary look-up per account.
    /// </summary>
    public (long Block, IReadOnlyList<string> Accounts)? FindOtherAnchor(string issuer, Hash32 root)
    {
        lock (_lock)
        {
            var earliest = long.MaxValue;
            var accounts = new List<string>();
            for (var number = 0; number < _accounts.Count; number++)
            {
                var account = _accounts.Checksummed(number);
                if (string.Equals(account, issuer, StringComparison.OrdinalIgnoreCase)
                    || !_anchors.TryGetValue(new AnchorKey(number, root), out var anchor) || anchor.BlockNumber > earliest)
                {
                    continue;
                }

                if (anchor.BlockNumber < earliest)
                {
                    earliest = anchor.BlockNumber;
                    accounts.Clear();
                }

                accounts.Add(account);
            }

            return accounts.Count == 0 ? null : (earliest, accounts);
        }
    }

    // Addresses arrive checksummed from events and in any case from documents; called under the lock.
    private AnchorKey Key(string issuer, byte[] root) => new(_accounts.Number(issuer), Hash32.FromBytes(root));

    // The revoking account's text is the one the index holds for it, not a copy per revocation.
    private IndexedRevocation Revocation(ulong revokedAt, byte reason, string revokedBy) =>
        new(new Revocation(DateTimeOffset.FromUnixTimeSeconds((long)revokedAt), reason), _accounts.Checksummed(_accounts.Number(revokedBy)));

    /// <summary>The contract's rule: a revocation counts unless its author's key is declared compromised as of its time or earlier.</summary>
    private Revocation? Effective(IndexedRevocation? revocation) =>
        revocation is null || _issuers.GetValueOrDefault(revocation.RevokedBy)?.CompromisedSince is { } since && revocation.Revocation.RevokedAt >= since
            ? null
            : revocation.Revocation;

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
