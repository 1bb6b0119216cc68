using System.Buffers;
using System.Text;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Merkle;
using CredChain.Core.Tests.Support;

namespace CredChain.Core.Tests.Documents;

public sealed class AnchoredDocumentWriterTests
{
    private static readonly AnchorRef Anchor = new(Samples.ChainId, Samples.Registry, Keccak256.Hash("tx"u8), 42);

    private static readonly CredentialDocument[] Batch = [.. Enumerable.Range(1, 5).Select(seed => Samples.Credential((ulong)seed))];

    private static readonly MerkleTree Tree = MerkleTree.Build(Batch.Select(d => d.Proof.TargetHash));

    private static byte[] Write(AnchoredDocumentWriter writer, byte[] stored)
    {
        var output = new ArrayBufferWriter<byte>();
        writer.Write(stored, output);
        return output.WrittenSpan.ToArray();
    }

    private static string Expected(CredentialDocument document) =>
        Encoding.UTF8.GetString(document.WithAnchor(Tree.Root, Tree.GetProof(document.Proof.TargetHash), Anchor).ToUtf8Bytes());

    [Fact]
    public void Write_EveryIssuedDocumentOfTheBatch_WritesTheBytesOfParseWithAnchor()
    {
        var writer = new AnchoredDocumentWriter(Tree, Anchor);

        var written = Batch.Select(d => Encoding.UTF8.GetString(Write(writer, d.ToUtf8Bytes()))).ToList();

        Assert.Equal(Batch.Select(Expected), written);
        Assert.All(written, json => Assert.Equal(VerifyOffline(json), Tree.Root));
    }

    [Fact]
    public void Write_BatchOfOne_WritesAnEmptyPath()
    {
        var single = Samples.Credential(9);
        var tree = MerkleTree.Build([single.Proof.TargetHash]);
        var expected = single.WithAnchor(tree.Root, [], Anchor).ToUtf8Bytes();

        var written = Write(new AnchoredDocumentWriter(tree, Anchor), single.ToUtf8Bytes());

        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(written));
        Assert.Contains("\"merklePath\":[]", Encoding.UTF8.GetString(written), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_IndentedOrAlreadyAnchoredInput_IsRewrittenToTheSameBytes()
    {
        var writer = new AnchoredDocumentWriter(Tree, Anchor);
        var document = Batch[2];
        var otherTree = MerkleTree.Build([document.Proof.TargetHash, Keccak256.Hash("x"u8)]);
        var anchoredElsewhere = document.WithAnchor(otherTree.Root, otherTree.GetProof(document.Proof.TargetHash), Anchor with { BlockNumber = 7 });

        Assert.Equal(Expected(document), Encoding.UTF8.GetString(Write(writer, document.ToUtf8Bytes(indented: true))));
        Assert.Equal(Expected(document), Encoding.UTF8.GetString(Write(writer, anchoredElsewhere.ToUtf8Bytes())));
    }

    [Fact]
    public void Write_DocumentOfAnotherBatch_IsRefusedAndWritesNothing()
    {
        var writer = new AnchoredDocumentWriter(Tree, Anchor);
        var output = new ArrayBufferWriter<byte>();

        var error = Assert.Throws<ArgumentException>(() => writer.Write(Samples.Credential(99).ToUtf8Bytes(), output));

        Assert.Contains("is not a leaf of this batch", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, output.WrittenCount);
    }

    [Fact]
    public void Write_BytesThatAreNotADocument_AreRefusedAsMalformed()
    {
        var writer = new AnchoredDocumentWriter(Tree, Anchor);

        var error = Assert.Throws<CredentialFormatException>(() => writer.Write("{}"u8.ToArray(), new ArrayBufferWriter<byte>()));

        Assert.Equal(CredentialFormatError.MissingField, error.Error);
    }

    [Fact]
    public void Constructor_InvalidAnchor_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new AnchoredDocumentWriter(Tree, Anchor with { Registry = "not-an-address" }));

    private static Hash32 VerifyOffline(string json)
    {
        var document = CredentialDocument.Parse(Encoding.UTF8.GetBytes(json));
        return MerkleTree.ComputeRoot(document.Proof.TargetHash, document.Proof.MerklePath.AsSpan());
    }
}
