using System.Buffers;
using System.Text;
using System.Text.Json;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Merkle;
using CredChain.Core.Tests.Support;
using CredChain.Core.Tests.Vectors;

namespace CredChain.Core.Tests.Documents;

/// <summary>The general path: any form of a stored document (indented, reordered, escaped, anchored before) gives the bytes of the plain path.</summary>
public sealed class AnchoredDocumentWriterStreamedTests
{
    private static readonly AnchorRef Anchor = new(Samples.ChainId, Samples.Registry, Keccak256.Hash("tx"u8), 42);

    public static TheoryData<string> VectorDocuments()
    {
        var data = new TheoryData<string>();
        foreach (var testCase in VectorFiles.Read("credentials.json")["cases"]!.AsArray())
        {
            data.Add("credentials.json#" + testCase!["name"]!.GetValue<string>());
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(VectorFiles.Directory, "documents")).Order(StringComparer.Ordinal))
        {
            data.Add("documents/" + Path.GetFileName(file));
        }

        return data;
    }

    private static byte[] VectorBytes(string source)
    {
        if (source.StartsWith("credentials.json#", StringComparison.Ordinal))
        {
            var name = source["credentials.json#".Length..];
            var testCase = VectorFiles.Read("credentials.json")["cases"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == name)!;
            return Encoding.UTF8.GetBytes(testCase["document"]!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }

        return VectorFiles.ReadBytes(source);
    }

    private static MerkleTree BatchOf(Hash32 targetHash) =>
        MerkleTree.Build([targetHash, Keccak256.Hash("a"u8), Keccak256.Hash("b"u8), Keccak256.Hash("c"u8), Keccak256.Hash("d"u8)]);

    private static byte[] WriteAnchored(byte[] stored, MerkleTree tree, AnchorRef anchor)
    {
        var output = new ArrayBufferWriter<byte>();
        new AnchoredDocumentWriter(tree, anchor).Write(stored, output);
        return output.WrittenSpan.ToArray();
    }

    private static void AssertSameAsParseWithAnchor(byte[] stored)
    {
        var parsed = CredentialDocument.Parse(stored);
        var tree = BatchOf(parsed.Proof.TargetHash);

        var expected = parsed.WithAnchor(tree.Root, tree.GetProof(parsed.Proof.TargetHash), Anchor).ToUtf8Bytes();
        var actual = WriteAnchored(stored, tree, Anchor);

        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(VectorDocuments))]
    public void WriteAnchored_VectorDocument_WritesTheBytesOfParseWithAnchor(string source) =>
        AssertSameAsParseWithAnchor(VectorBytes(source));

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void WriteAnchored_IssuedDocumentWithChineseText_WritesTheBytesOfParseWithAnchor(ulong seed)
    {
        var stored = Samples.Credential(seed).ToUtf8Bytes();

        Assert.Contains("\"name\":\"张伟\"", Encoding.UTF8.GetString(stored), StringComparison.Ordinal);
        AssertSameAsParseWithAnchor(stored);
    }

    [Fact]
    public void WriteAnchored_EscapedAndReorderedInput_WritesTheBytesOfParseWithAnchor()
    {
        // Escaped CJK and ASCII, HTML-sensitive characters, numbers in several forms, and a proof that is not last,
        // with salts out of order.
        var issued = JsonElement.Parse(Samples.Credential().ToUtf8Bytes());
        var proof = issued.GetProperty("proof");
        var salts = proof.GetProperty("salts").EnumerateObject().Reverse().Select(p => $"\"{p.Name}\":\"{p.Value.GetString()}\"");
        var members = issued.EnumerateObject().Where(p => p.Name != "proof").Select(p => p.Name == "credentialSubject"
            ? "\"credentialSubject\":{\"name\":\"\\u5f20\\u4f1f\",\"note\":\"a<b & \\\"c\\\" \\u0041\",\"n\":[1.50,-0,2e3,true,false,null],\"e\":{}}"
            : $"\"{p.Name}\":{p.Value.GetRawText()}").ToList();
        var proofJson = $$"""
            "proof" : {"type":"CredChainMerkleProof2026","version":2,"targetHash":"{{proof.GetProperty("targetHash").GetString()}}","salts":{{{string.Join(',', salts)}}},"extra":[1]}
            """;
        members.Insert(2, proofJson);
        var stored = Encoding.UTF8.GetBytes("{\n  " + string.Join(",\n  ", members) + "\n}");

        AssertSameAsParseWithAnchor(stored);
    }

    [Fact]
    public void WriteAnchored_AlreadyAnchoredDocument_ReplacesTheOldProofPart()
    {
        var issued = Samples.Credential();
        var old = MerkleTree.Build([issued.Proof.TargetHash, Keccak256.Hash("old"u8)]);
        var stored = issued.WithAnchor(old.Root, old.GetProof(issued.Proof.TargetHash), new AnchorRef(1, Samples.Registry, Keccak256.Hash("old"u8), 7)).ToUtf8Bytes();

        AssertSameAsParseWithAnchor(stored);
    }

    [Fact]
    public void WriteAnchored_IndentedDocumentOfAnotherBatch_IsRefusedAndWritesNothing()
    {
        var stored = Samples.Credential(1).ToUtf8Bytes(indented: true);
        var output = new ArrayBufferWriter<byte>();

        var error = Assert.Throws<ArgumentException>(() => new AnchoredDocumentWriter(BatchOf(Samples.Credential(2).Proof.TargetHash), Anchor).Write(stored, output));

        Assert.Equal(("targetHash", 0), (error.ParamName, output.WrittenCount));
    }

    [Theory]
    [InlineData("{\"id\":1", CredentialFormatError.InvalidJson, null)]
    [InlineData("[]", CredentialFormatError.RootNotObject, "")]
    [InlineData("{\"id\":1}", CredentialFormatError.MissingField, "/proof")]
    [InlineData("{\"proof\":{\"type\":\"CredChainMerkleProof2026\",\"salts\":{},\"targetHash\":\"0x12\"}}", CredentialFormatError.BadHex, "/proof/targetHash")]
    [InlineData("{\"proof\":{\"type\":\"Other\",\"salts\":{},\"targetHash\":\"0x12\"}}", CredentialFormatError.InconsistentProof, "/proof/type")]
    public void WriteAnchored_StoredBytesWithoutAReadableProof_AreRefused(string stored, CredentialFormatError expected, string? path)
    {
        var error = Assert.Throws<CredentialFormatException>(() => WriteAnchored(Encoding.UTF8.GetBytes(stored), BatchOf(Hash32.Zero), Anchor));

        Assert.Equal((expected, path), (error.Error, error.Path));
    }
}
