using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Issuing;
using CredChain.Core.Merkle;
using CredChain.Core.Tests.Properties;
using CredChain.Core.Tests.Support;
using CsCheck;
using Microsoft.Extensions.Time.Testing;

namespace CredChain.Core.Tests.Documents;

/// <summary>
/// The batch fast path (an issued document's proof completed in place) and the plain path (parse, attach the proof,
/// write) must give the same bytes for any document the factory issues, in any batch, with any anchor.
/// </summary>
public sealed class AnchoredDocumentWriterAgreementTests
{
    // Thread-safe: the OS CSPRNG and a clock that is only read.
    private static readonly CredentialFactory Factory = new(new FakeTimeProvider(Samples.IssuedAt), RandomNumberGenerator.Create());

    private static readonly Gen<AnchorRef> Anchors =
        Gen.Select(Gen.Long[1, long.MaxValue], Gen.Byte.Array[20], Gen.Byte.Array[32], Gen.Long[0, long.MaxValue], Gen.Bool)
            .Select((chainId, address, transaction, block, upper) => new AnchorRef(
                chainId,
                "0x" + (upper ? Convert.ToHexString(address) : Convert.ToHexStringLower(address)),
                Hash32.FromBytes(transaction),
                block));

    [Fact]
    public void EveryIssuedDocument_OfARandomBatch_IsWrittenByTheFastPathAsByTheParseAndWithAnchorPath()
    {
        var documents = 0;
        Gen.Select(JsonGen.Subject.Array[1, 9], Anchors, Gen.Bool).Sample((subjects, anchor, bulk) =>
        {
            var stored = subjects.Select(subject => Issue(subject, bulk)).ToArray();
            var targetHashes = stored.Select(bytes => CredentialDocument.Parse(bytes).Proof.TargetHash).ToArray();
            var tree = MerkleTree.Build(targetHashes);
            var writer = new AnchoredDocumentWriter(tree, anchor);
            for (var i = 0; i < stored.Length; i++)
            {
                Assert.True(SplicedProofWriter.TryReadTargetHash(stored[i], out var spliced), "an issued document takes the fast path");
                Assert.Equal(targetHashes[i], spliced);
                var expected = CredentialDocument.Parse(stored[i]).WithAnchor(tree.Root, tree.GetProof(targetHashes[i]), anchor).ToUtf8Bytes();
                Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(Write(writer, stored[i])));
                Assert.Equal(expected, Write(writer, Reformatted(stored[i])));
                documents++;
            }
        }, iter: 300);

        Assert.True(documents >= 300, $"only {documents} documents were compared");
    }

    /// <summary>The stored bytes the issuing service keeps: from <c>Create</c> (one credential) or <c>Issue</c> (bulk upload).</summary>
    private static byte[] Issue(JsonElement subject, bool bulk) =>
        bulk ? Factory.Issue(Samples.Draft(subject)).Utf8Json.ToArray() : Factory.Create(Samples.Draft(subject)).ToUtf8Bytes();

    /// <summary>The same document indented: not the compact form, so the general path writes it.</summary>
    private static byte[] Reformatted(byte[] stored)
    {
        var indented = CredentialDocument.Parse(stored).ToUtf8Bytes(indented: true);
        Assert.False(SplicedProofWriter.TryReadTargetHash(indented, out _));
        return indented;
    }

    private static byte[] Write(AnchoredDocumentWriter writer, byte[] stored)
    {
        var output = new ArrayBufferWriter<byte>();
        writer.Write(stored, output);
        return output.WrittenSpan.ToArray();
    }
}
