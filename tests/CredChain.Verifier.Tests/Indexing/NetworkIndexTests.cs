using CredChain.Ethereum.Events;
using CredChain.Ethereum.Generated.IssuerRegistry;
using CredChain.Ethereum.Generated.CredentialRegistry;
using CredChain.Verifier.Indexing;
using CredChain.Verifier.Networks;

namespace CredChain.Verifier.Tests.Indexing;

public sealed class NetworkIndexTests
{
    // A well-formed transaction hash: the index keeps each anchor's transaction.
    private const string Transaction = "0x7a1c2b3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9";

    private static readonly TrustedNetwork Network = new("dev", "开发", "Dev", 1337, new Uri("http://127.0.0.1:1"), "0x" + new string('1', 40), "0x" + new string('2', 40), 10);

    private static IndexBatch Empty(long from, long to) =>
        new(from, to, DateTimeOffset.FromUnixTimeSeconds(1_800_000_000 + to), [], [], [], [], [], [], [], new Dictionary<ulong, DateTimeOffset>());

    [Fact]
    public void Apply_StartsAtTheDeploymentBlockAndAdvancesRangeByRange()
    {
        var index = new NetworkIndex(Network);

        index.Apply(Empty(10, 19));
        index.Apply(Empty(20, 25));

        Assert.Equal((25L, 26L), (index.IndexedTo!.Number, index.NextBlock));
    }

    [Theory]
    [InlineData(20)]
    [InlineData(15)]
    [InlineData(30)]
    public void Apply_ABatchThatWouldLeaveAGapOrRepeatBlocks_IsRefused(long from)
    {
        var index = new NetworkIndex(Network);
        index.Apply(Empty(10, 19));
        index.Apply(Empty(20, 25));

        var error = Assert.Throws<InvalidOperationException>(() => index.Apply(Empty(from, 40)));

        Assert.Equal($"Index of dev is at block 26; a batch from {from} would leave a gap or repeat events.", error.Message);
    }

    [Fact]
    public void IssuerSuspendedInTheSameSecondAsTheAnchor_IsNotAccreditedAtAnchoring_LikeTheContract()
    {
        var index = new NetworkIndex(Network);
        var issuer = "0x" + new string('a', 40);
        var target = new byte[32];
        target[31] = 7;
        var targetHash = Core.Hashing.Hash32.FromBytes(target);
        var root = Core.Merkle.MerkleTree.LeafNode(targetHash).ToByteArray();
        var time = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
        index.Apply(new IndexBatch(10, 12, time,
            [new ChainEvent<RootAnchoredEventDTO>(new RootAnchoredEventDTO { Root = root, Issuer = issuer, AnchoredAt = (ulong)time.ToUnixTimeSeconds() }, 11, "0x", Transaction, 0)],
            [], [],
            [new ChainEvent<IssuerAccreditedEventDTO>(new IssuerAccreditedEventDTO { Issuer = issuer, NameZh = "甲", NameEn = "A", Domain = "a.cn", ValidFrom = 0, ValidUntil = 0 }, 10, "0x", Transaction, 0)],
            [new ChainEvent<IssuerSuspendedEventDTO>(new IssuerSuspendedEventDTO { Issuer = issuer }, 12, "0x", Transaction, 0)],
            [],
            [],
            new Dictionary<ulong, DateTimeOffset> { [10] = time.AddDays(-1), [12] = time }));

        var rootHash = Core.Hashing.Hash32.FromBytes(root);
        var answer = index.TryAnswer(issuer, rootHash, targetHash, []);

        Assert.Equal((true, true, false, false), (answer!.Anchored, answer.ProofValid, answer.IssuerAccreditedAtAnchoring, answer.IssuerActiveNow));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void TryAnswer_UsesTheCallersFoldOfThePath_OrFoldsItItself(bool? pathLeadsToRoot, bool proofValid)
    {
        var index = new NetworkIndex(Network);
        var target = new byte[32];
        target[31] = 9;
        var targetHash = Core.Hashing.Hash32.FromBytes(target);
        var root = Core.Merkle.MerkleTree.LeafNode(targetHash).ToByteArray();
        var time = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
        index.Apply(new IndexBatch(10, 11, time,
            [new ChainEvent<RootAnchoredEventDTO>(new RootAnchoredEventDTO { Root = root, Issuer = "0x" + new string('b', 40), AnchoredAt = (ulong)time.ToUnixTimeSeconds() }, 11, "0x", Transaction, 0)],
            [], [], [], [], [], [], new Dictionary<ulong, DateTimeOffset>()));

        // A batch of one: the root is the leaf node keccak256(targetHash) and the empty path folds to it.
        var rootHash = Core.Hashing.Hash32.FromBytes(root);
        var answer = index.TryAnswer("0x" + new string('B', 40), rootHash, targetHash, [], pathLeadsToRoot);

        Assert.Equal((true, proofValid), (answer!.Anchored, answer.ProofValid));
    }
}
