using CredChain.Core.Hashing;
using CredChain.Core.Merkle;
using CredChain.Core.Verification;

namespace CredChain.Core.Tests.Support;

/// <summary>
/// Test double for the chain port: behaves like the registry contract's verify view over roots keyed by (issuer, root),
/// revocations, accreditation and key compromise, with OpenZeppelin's path check done by <see cref="MerkleTree.Verify"/>.
/// </summary>
internal sealed class InMemoryAnchorRegistry : IAnchorRegistry
{
    private readonly Dictionary<(string Issuer, Hash32 Root), Batch> _batches = [];
    private readonly Dictionary<string, DateTimeOffset> _compromised = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Hash32, Revocation> _revokedCredentials = [];
    private readonly HashSet<(long ChainId, string Registry)> _served = [];

    public InMemoryAnchorRegistry(long chainId = Samples.ChainId, string registry = Samples.Registry)
    {
        _served.Add((chainId, registry.ToLowerInvariant()));
    }

    public BlockRef AsOf { get; set; } = new(120, Samples.IssuedAt.AddDays(30));

    public IssuerProfile Profile { get; set; } = new("清华大学", "Tsinghua University", "tsinghua.edu.cn");

    public bool IssuerActiveNow { get; set; } = true;

    public Exception? Failure { get; set; }

    public int Lookups { get; private set; }

    public void Anchor(Hash32 root, string issuerAddress = Samples.IssuerAddress, bool accredited = true) =>
        _batches[(issuerAddress.ToLowerInvariant(), root)] = new Batch(issuerAddress, Samples.IssuedAt.AddHours(1), accredited, null);

    public void RevokeBatch(Hash32 root, Revocation revocation, string issuerAddress = Samples.IssuerAddress) =>
        _batches[(issuerAddress.ToLowerInvariant(), root)] = _batches[(issuerAddress.ToLowerInvariant(), root)] with { Revocation = revocation };

    /// <summary>The governance declared <paramref name="issuerAddress"/>'s key compromised as of <paramref name="since"/>.</summary>
    public void DeclareCompromised(DateTimeOffset since, string issuerAddress = Samples.IssuerAddress) => _compromised[issuerAddress] = since;

    public void RevokeCredential(Hash32 targetHash, Revocation revocation) => _revokedCredentials[targetHash] = revocation;

    public bool Serves(long chainId, string registryAddress) => _served.Contains((chainId, registryAddress.ToLowerInvariant()));

    public ValueTask<AnchorRecord> LookupAsync(AnchorQuery query, CancellationToken cancellationToken)
    {
        Lookups++;
        if (Failure is not null)
        {
            throw Failure;
        }

        if (!_batches.TryGetValue((query.IssuerAddress.ToLowerInvariant(), query.MerkleRoot), out var batch))
        {
            var other = _batches.FirstOrDefault(b => b.Key.Root == query.MerkleRoot).Value?.Issuer;
            return ValueTask.FromResult(new AnchorRecord(false, null, null, false, null, null, false, false, null, AsOf, AnchoredByAnotherAccount: other));
        }

        var proofValid = MerkleTree.Verify(query.TargetHash, query.MerklePath.ToArray(), query.MerkleRoot);
        return ValueTask.FromResult(new AnchorRecord(
            true,
            batch.Issuer,
            batch.AnchoredAt,
            proofValid,
            proofValid && _revokedCredentials.TryGetValue(query.TargetHash, out var revoked) ? revoked : null,
            batch.Revocation,
            batch.Accredited,
            IssuerActiveNow,
            Profile,
            AsOf,
            KeyCompromise: _compromised.TryGetValue(batch.Issuer, out var since) ? new IssuerKeyCompromise(since, batch.AnchoredAt >= since) : null,
            InstitutionId: 1));
    }

    private sealed record Batch(string Issuer, DateTimeOffset AnchoredAt, bool Accredited, Revocation? Revocation);
}
