using CredChain.Core.Checkpoints;
using CredChain.Core.Hashing;
using CredChain.Core.Merkle;

namespace CredChain.Core.Tests.Checkpoints;

public sealed class CheckpointTreeTests
{
    private const string Issuer = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    private const string Other = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    private static readonly Hash32 _root = Keccak256.Hash("root"u8);
    private static readonly Hash32 _target = Keccak256.Hash("target"u8);

    private static List<CheckpointEntry> Entries() =>
    [
        CheckpointEntries.RootAnchored(40, 0, Issuer, _root, 1_780_000_000),
        CheckpointEntries.CredentialRevoked(41, 2, Issuer, _root, _target, Issuer, 3, 1_780_000_100),
        CheckpointEntries.BatchRevoked(42, 0, Issuer, _root, Issuer, 9, 1_780_000_200),
        CheckpointEntries.IssuerAccredited(43, 1, Other, 2, 1_700_000_000, 0, "北京大学", "Peking University", "pku.edu.cn"),
        CheckpointEntries.IssuerSuspended(44, 0, Other),
        CheckpointEntries.IssuerReinstated(45, 0, Other),
        CheckpointEntries.IssuerKeyRotated(46, 0, Other, Issuer, 2),
        CheckpointEntries.IssuerKeyCompromised(47, 0, Other, 1_780_000_000),
    ];

    [Fact]
    public void Build_EveryEntry_HasAProofThatFoldsToTheRoot()
    {
        var tree = CheckpointTree.Build(Entries());

        Assert.All(Entries(), e => Assert.True(CheckpointTree.Verify(e, tree.GetProof(e), tree.Root)));
        Assert.Equal(MerkleTree.Build(Entries().Select(e => e.Hash())).Root, tree.Root);
    }

    [Fact]
    public void Verify_ChangedField_BlockOrKind_DoesNotFold()
    {
        var tree = CheckpointTree.Build(Entries());
        var revoked = Entries()[1];
        var proof = tree.GetProof(revoked);

        var otherReason = CheckpointEntries.CredentialRevoked(41, 2, Issuer, _root, _target, Issuer, 4, 1_780_000_100);
        var otherBlock = revoked with { BlockNumber = 40 };
        var otherKind = revoked with { Kind = CheckpointEventKind.BatchRevoked };

        Assert.Equal(
            (true, false, false, false),
            (CheckpointTree.Verify(revoked, proof, tree.Root), CheckpointTree.Verify(otherReason, proof, tree.Root),
             CheckpointTree.Verify(otherBlock, proof, tree.Root), CheckpointTree.Verify(otherKind, proof, tree.Root)));
    }

    [Fact]
    public void Build_NoEntries_HasZeroRootAndNothingVerifies()
    {
        var tree = CheckpointTree.Build([]);

        Assert.Equal(Hash32.Zero, tree.Root);
        Assert.Throws<ArgumentException>(() => tree.GetProof(Entries()[0]));
        Assert.False(CheckpointTree.Verify(Entries()[0], [], Hash32.Zero));
    }

    [Fact]
    public void Entry_IsDomainSeparatedFromACredentialTree()
    {
        // The same words hashed without the tag (what a credential's target hash is made of: 32-byte words) give another
        // leaf, so a credential tree's proof can never be replayed as a checkpoint entry or the reverse.
        var entry = Entries()[0];
        var untagged = new byte[(3 + entry.Fields.Count) * Hash32.Size];
        CheckpointEntry.Word((ulong)entry.Kind).CopyTo(untagged);
        CheckpointEntry.Word(entry.BlockNumber).CopyTo(untagged.AsSpan(32));
        CheckpointEntry.Word(entry.LogIndex).CopyTo(untagged.AsSpan(64));
        for (var i = 0; i < entry.Fields.Count; i++)
        {
            entry.Fields[i].CopyTo(untagged.AsSpan(96 + (32 * i)));
        }

        Assert.NotEqual(Keccak256.Hash(untagged), entry.Hash());
        Assert.Equal(MerkleTree.LeafNode(entry.Hash()), entry.LeafNode());
        Assert.NotEqual(entry.Hash(), entry.LeafNode());
    }

    [Fact]
    public void Address_IsTheLeftPaddedLowercaseAccount_AndRefusesAnythingElse()
    {
        Assert.Equal(Hash32.Parse("0x000000000000000000000000f39fd6e51aad88f6f4ce6ab8827279cfffb92266"), CheckpointEntry.Address(Issuer));
        Assert.Throws<FormatException>(() => CheckpointEntry.Address("0x1234"));
    }

    [Fact]
    public void Build_SameEntryTwice_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => CheckpointTree.Build([Entries()[0], Entries()[0]]));
    }
}
