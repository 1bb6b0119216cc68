using CredChain.Core.Hashing;
using CredChain.Core.Merkle;
using CredChain.Core.Verification;
using CredChain.Ethereum.Events;
using CredChain.Ethereum.Generated.IssuerRegistry;
using CredChain.Ethereum.Generated.CredentialRegistry;
using CredChain.Verifier.Indexing;
using CredChain.Verifier.Networks;

namespace CredChain.Verifier.Tests.Indexing;

/// <summary>
/// The index applies the registry's rules for keyed roots, institutions and compromised keys exactly as the contract
/// does (the chain-backed tests compare it with the contract itself; these pin the rules one by one).
/// </summary>
public sealed class NetworkIndexKeyRulesTests
{
    private const string Transaction = "0x7a1c2b3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9";
    private static readonly TrustedNetwork Network = new("dev", "开发", "Dev", 1337, new Uri("http://127.0.0.1:1"), "0x" + new string('1', 40), "0x" + new string('2', 40), 10);
    private static readonly DateTimeOffset T0 = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
    private static readonly string First = "0x" + new string('a', 40);
    private static readonly string Second = "0x" + new string('c', 40);
    private static readonly Hash32 Target = Hash32.FromBytes([.. new byte[31], 7]);
    private static readonly Hash32 Root = MerkleTree.LeafNode(Target);

    private readonly NetworkIndex _index = new(Network);
    private readonly List<Action<Events>> _pending = [];
    private long _next = 10;

    [Fact]
    public void SameRootAnchoredByTwoAccounts_AreTwoIndependentRecords()
    {
        Accredit(First, 1, "甲", "A", at: T0);
        Accredit(Second, 2, "乙", "B", at: T0);
        Anchor(First, at: T0.AddMinutes(1));
        Anchor(Second, at: T0.AddMinutes(2));
        RevokeBatch(Second, by: Second, at: T0.AddMinutes(3));
        Flush(T0.AddMinutes(3));

        var first = _index.TryAnswer(First, Root, Target, []);
        var second = _index.TryAnswer(Second.ToUpperInvariant().Replace("0X", "0x", StringComparison.Ordinal), Root, Target, []);

        Assert.Equal((T0.AddMinutes(1), (Revocation?)null, "A", 1L), (first!.AnchoredAt, first.BatchRevocation, first.Issuer!.NameEn, first.InstitutionId));
        Assert.Equal((T0.AddMinutes(2), T0.AddMinutes(3), "B", 2L), (second!.AnchoredAt, second.BatchRevocation?.RevokedAt, second.Issuer!.NameEn, second.InstitutionId));
        Assert.Null(_index.TryAnswer("0x" + new string('d', 40), Root, Target, []));
    }

    [Fact]
    public void RootAnchoredAtOrAfterSince_CarriesTheCompromise_AndAnEarlierOneDoesNot()
    {
        var other = MerkleTree.LeafNode(Hash32.FromBytes([.. new byte[31], 8]));
        Accredit(First, 1, "甲", "A", at: T0);
        Anchor(First, at: T0.AddMinutes(1));
        Anchor(First, at: T0.AddMinutes(5), root: other);
        Compromise(First, since: T0.AddMinutes(5), at: T0.AddMinutes(9));
        Suspend(First, at: T0.AddMinutes(9));
        Flush(T0.AddMinutes(9));

        var before = _index.TryAnswer(First, Root, Target, []);
        var after = _index.TryAnswer(First, other, Hash32.FromBytes([.. new byte[31], 8]), []);

        Assert.Equal(
            (new IssuerKeyCompromise(T0.AddMinutes(5), false), true, false),
            (before!.KeyCompromise, before.IssuerAccreditedAtAnchoring, before.IssuerActiveNow));
        Assert.Equal(new IssuerKeyCompromise(T0.AddMinutes(5), true), after!.KeyCompromise);
    }

    [Fact]
    public void Revocations_ByAKeyAtOrAfterItsSince_AreVoid_AndEarlierOnesStand()
    {
        var second = Hash32.FromBytes([.. new byte[31], 9]);
        Accredit(First, 1, "甲", "A", at: T0);
        Anchor(First, at: T0.AddMinutes(1));
        RevokeCredential(First, Target, by: First, at: T0.AddMinutes(2));
        RevokeBatch(First, by: First, at: T0.AddMinutes(4));
        Compromise(First, since: T0.AddMinutes(4), at: T0.AddMinutes(6));
        Flush(T0.AddMinutes(6));

        var answer = _index.TryAnswer(First, Root, Target, []);
        var sibling = _index.TryAnswer(First, Root, second, []);

        Assert.Equal((T0.AddMinutes(2), (Revocation?)null, (Revocation?)null), (answer!.CredentialRevocation?.RevokedAt, answer.BatchRevocation, sibling!.BatchRevocation));
    }

    [Fact]
    public void RevocationBySuccessor_ReplacesAVoidOne_AndTheProfileIsTheInstitutions()
    {
        Accredit(First, 1, "甲", "A", at: T0);
        Anchor(First, at: T0.AddMinutes(1));
        RevokeBatch(First, by: First, at: T0.AddMinutes(3), reason: 9);
        Compromise(First, since: T0.AddMinutes(2), at: T0.AddMinutes(4));
        Accredit(Second, 1, "甲二", "A II", at: T0.AddMinutes(5));
        RevokeBatch(First, by: Second, at: T0.AddMinutes(6), reason: 5);
        Flush(T0.AddMinutes(6));

        var answer = _index.TryAnswer(First, Root, Target, []);

        Assert.Equal((new Revocation(T0.AddMinutes(6), 5), "A II", 1L), (answer!.BatchRevocation, answer.Issuer!.NameEn, answer.InstitutionId));
    }

    private void Accredit(string issuer, uint institution, string zh, string en, DateTimeOffset at) =>
        Add(at, (e, block) => e.Accredited.Add(new(new IssuerAccreditedEventDTO { Issuer = issuer, Institution = institution, NameZh = zh, NameEn = en, Domain = "x.cn" }, block, "0x", Transaction, 0)));

    private void Anchor(string issuer, DateTimeOffset at, Hash32? root = null) =>
        Add(at, (e, block) => e.Anchored.Add(new(new RootAnchoredEventDTO { Root = (root ?? Root).ToByteArray(), Issuer = issuer, AnchoredAt = (ulong)at.ToUnixTimeSeconds() }, block, "0x", Transaction, 0)));

    private void RevokeCredential(string issuer, Hash32 target, string by, DateTimeOffset at) =>
        Add(at, (e, block) => e.CredentialsRevoked.Add(new(new CredentialRevokedEventDTO { Root = Root.ToByteArray(), Issuer = issuer, TargetHash = target.ToByteArray(), RevokedBy = by, Reason = 1, RevokedAt = (ulong)at.ToUnixTimeSeconds() }, block, "0x", Transaction, 0)));

    private void RevokeBatch(string issuer, string by, DateTimeOffset at, byte reason = 1) =>
        Add(at, (e, block) => e.BatchesRevoked.Add(new(new BatchRevokedEventDTO { Root = Root.ToByteArray(), Issuer = issuer, RevokedBy = by, Reason = reason, RevokedAt = (ulong)at.ToUnixTimeSeconds() }, block, "0x", Transaction, 0)));

    private void Compromise(string issuer, DateTimeOffset since, DateTimeOffset at) =>
        Add(at, (e, block) => e.Compromised.Add(new(new IssuerKeyCompromisedEventDTO { Issuer = issuer, Since = (ulong)since.ToUnixTimeSeconds() }, block, "0x", Transaction, 0)));

    private void Suspend(string issuer, DateTimeOffset at) =>
        Add(at, (e, block) => e.Suspended.Add(new(new IssuerSuspendedEventDTO { Issuer = issuer }, block, "0x", Transaction, 1)));

    /// <summary>Every event goes in its own block (one per call), with <paramref name="at"/> as that block's time.</summary>
    private void Add(DateTimeOffset at, Action<Events, ulong> add)
    {
        var block = (ulong)_next++;
        _pending.Add(e =>
        {
            e.Times[block] = at;
            add(e, block);
        });
    }

    private void Flush(DateTimeOffset head)
    {
        var events = new Events();
        foreach (var add in _pending)
        {
            add(events);
        }

        _index.Apply(new IndexBatch(10, _next - 1, head, events.Anchored, events.CredentialsRevoked, events.BatchesRevoked, events.Accredited, events.Suspended, [], events.Compromised, events.Times));
    }

    private sealed class Events
    {
        public List<ChainEvent<RootAnchoredEventDTO>> Anchored { get; } = [];

        public List<ChainEvent<CredentialRevokedEventDTO>> CredentialsRevoked { get; } = [];

        public List<ChainEvent<BatchRevokedEventDTO>> BatchesRevoked { get; } = [];

        public List<ChainEvent<IssuerAccreditedEventDTO>> Accredited { get; } = [];

        public List<ChainEvent<IssuerSuspendedEventDTO>> Suspended { get; } = [];

        public List<ChainEvent<IssuerKeyCompromisedEventDTO>> Compromised { get; } = [];

        public Dictionary<ulong, DateTimeOffset> Times { get; } = [];
    }
}
