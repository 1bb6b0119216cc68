using System.Text;
using System.Text.Json.Nodes;
using CredChain.Core.Canonicalization;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Leaves;
using CredChain.Core.Merkle;
using Nethereum.Util;

namespace CredChain.Core.Tests.Vectors;

/// <summary>Reads the committed vectors the way another layer would and recomputes every value from its inputs.</summary>
public sealed class VectorConsumerTests
{
    private static string Text(JsonNode? node) => node!.GetValue<string>();

    private static byte[] Utf8(JsonNode? node) => Encoding.UTF8.GetBytes(node!.ToJsonString());

    [Fact]
    public void Keccak256Vectors_HashTheirInputs()
    {
        var sha3 = new Sha3Keccack();
        foreach (var item in VectorFiles.Read("keccak256.json")["cases"]!.AsArray())
        {
            var input = Convert.FromHexString(Text(item!["input"]));
            Assert.Equal(Text(item["hash"]), Keccak256.Hash(input).ToString());
            Assert.Equal(Text(item["hash"]), "0x" + Convert.ToHexStringLower(sha3.CalculateHash(input)));
        }
    }

    [Fact]
    public void JcsVectors_CanonicalizeAsRecorded()
    {
        var file = VectorFiles.Read("jcs.json");
        foreach (var item in file["cases"]!.AsArray())
        {
            var canonical = CanonicalJson.Canonicalize(Encoding.UTF8.GetBytes(Text(item!["input"])));
            Assert.Equal(Text(item["canonical"]), Encoding.UTF8.GetString(canonical));
            Assert.Equal(canonical, CanonicalJson.Canonicalize(canonical));
        }

        foreach (var item in file["numbers"]!.AsArray())
        {
            var bits = Convert.ToUInt64(Text(item!["ieee754"]), 16);
            Assert.Equal(Text(item["canonical"]), CanonicalJson.FormatNumber(BitConverter.UInt64BitsToDouble(bits)));
        }

        foreach (var item in file["invalid"]!.AsArray())
        {
            var exception = Assert.Throws<CanonicalJsonException>(() => CanonicalJson.Canonicalize(Encoding.UTF8.GetBytes(Text(item!["input"]))));
            Assert.Equal(Text(item!["error"]), exception.Error.ToString());
        }
    }

    [Fact]
    public void CredentialVectors_LeavesAndTargetHashesRecompute()
    {
        var cases = VectorFiles.Read("credentials.json")["cases"]!.AsArray();
        Assert.Equal(3, cases.Count);
        foreach (var item in cases)
        {
            var documentNode = item!["document"]!.AsObject();
            var document = CredentialDocument.Parse(Utf8(documentNode));

            // The envelope leaf, rebuilt from the document with the generic canonicalizer: every member but the subject and the proof.
            var envelope = new JsonObject
            {
                ["envelope"] = new JsonObject([.. documentNode.Where(m => m.Key is not ("credentialSubject" or "proof")).Select(m => KeyValuePair.Create(m.Key, m.Value?.DeepClone()))]),
                ["version"] = 2,
            };
            var envelopePreimage = CanonicalJson.Canonicalize(Utf8(envelope));
            Assert.Equal(Text(item["envelope"]!["preimage"]), Encoding.UTF8.GetString(envelopePreimage));
            Assert.Equal(Text(item["envelope"]!["hash"]), Keccak256.Hash(envelopePreimage).ToString());

            // Each subject leaf, rebuilt from its typed path, salt and value.
            var recorded = item["leaves"]!.AsArray();
            var computed = CredentialHashing.ComputeLeaves(document);
            Assert.Equal(recorded.Count, computed.Length);
            foreach (var (leaf, mine) in recorded.Zip(computed))
            {
                var preimage = CanonicalJson.Canonicalize(Utf8(new JsonObject
                {
                    ["path"] = leaf!["typedPath"]!.DeepClone(),
                    ["salt"] = Text(leaf["salt"]),
                    ["value"] = leaf["value"]?.DeepClone(),
                }));
                Assert.Equal(Text(leaf["preimage"]), Encoding.UTF8.GetString(preimage));
                Assert.Equal(Text(leaf["hash"]), Keccak256.Hash(preimage).ToString());
                Assert.Equal((Text(leaf["path"]), Text(leaf["salt"]), Text(leaf["hash"])), (mine.Path, mine.Salt.ToString(), mine.Hash.ToString()));
            }

            var sorted = recorded.Select(l => Hash32.Parse(Text(l!["hash"]))).Append(Hash32.Parse(Text(item["envelope"]!["hash"])))
                .Order().SelectMany(h => h.ToByteArray()).ToArray();
            Assert.Equal(Text(item["targetHash"]), Keccak256.Hash(sorted).ToString());
            Assert.Equal(Text(item["targetHash"]), document.Proof.TargetHash.ToString());
            Assert.Equal(document.Proof.TargetHash, CredentialHashing.ComputeTargetHash(document));
        }
    }

    [Fact]
    public void HiddenVectors_KeepTheSourceTargetHash()
    {
        var sources = VectorFiles.Read("credentials.json")["cases"]!.AsArray().ToDictionary(c => Text(c!["name"]), c => c!);
        foreach (var item in VectorFiles.Read("hidden.json")["cases"]!.AsArray())
        {
            var document = CredentialDocument.Parse(Utf8(item!["document"]));
            var source = sources[Text(item["source"])];
            var sourceLeaves = source["leaves"]!.AsArray().ToDictionary(l => Text(l!["path"]), l => Text(l!["hash"]));
            var hiddenPaths = item["hiddenPaths"]!.AsArray().Select(Text).ToArray();

            var expectedHidden = sourceLeaves.Where(l => hiddenPaths.Any(p => JsonPointer.IsSelfOrDescendant(l.Key, p))).Select(l => l.Value).Order(StringComparer.Ordinal);
            Assert.Equal(expectedHidden, item["hiddenLeaves"]!.AsArray().Select(Text).Order(StringComparer.Ordinal));
            Assert.Equal(Text(source["targetHash"]), Text(item["targetHash"]));
            Assert.Equal(Text(item["targetHash"]), CredentialHashing.ComputeTargetHash(document).ToString());
            Assert.All(CredentialHashing.ComputeLeaves(document), l => Assert.Equal(sourceLeaves[l.Path], l.Hash.ToString()));
        }
    }

    [Fact]
    public void MerkleVectors_RootsAndProofsRecompute()
    {
        var trees = VectorFiles.Read("merkle.json")["trees"]!.AsArray();
        Assert.Equal([1, 2, 3, 5, 1000], trees.Select(t => t!["n"]!.GetValue<int>()));
        foreach (var item in trees)
        {
            var n = item!["n"]!.GetValue<int>();
            var leaves = Enumerable.Range(0, n).Select(VectorGenerator.MerkleLeaf).ToArray();
            var tree = MerkleTree.Build(leaves);
            Assert.Equal(Text(item["root"]), tree.Root.ToString());
            Assert.Equal(item["depth"]!.GetValue<int>(), tree.Depth);
            foreach (var proof in item["proofs"]!.AsArray())
            {
                var leaf = Hash32.Parse(Text(proof!["leaf"]));
                var path = proof["proof"]!.AsArray().Select(h => Hash32.Parse(Text(h))).ToArray();
                Assert.Equal(leaves[proof["index"]!.GetValue<int>()], leaf);
                Assert.Equal(Keccak256.Hash(leaf.ToByteArray()), Hash32.Parse(Text(proof["leafNode"])));
                Assert.True(MerkleTree.Verify(leaf, path, tree.Root));
                Assert.Equal(tree.GetProof(leaf), path);
            }
        }

        var single = trees[0]!;
        Assert.Equal(Text(single["proofs"]![0]!["leafNode"]), Text(single["root"]));
        Assert.Empty(single["proofs"]![0]!["proof"]!.AsArray());
    }

    [Fact]
    public void AnchoredVectors_VerifyOfflineAsExpected()
    {
        var index = VectorFiles.Read("anchored.json");
        var root = Hash32.Parse(Text(index["merkleRoot"]));
        foreach (var item in index["documents"]!.AsArray())
        {
            var document = CredentialDocument.Parse(VectorFiles.ReadBytes(Text(item!["file"])));
            Assert.Equal(root, document.Proof.MerkleRoot);
            Assert.Equal(Text(item["targetHash"]), document.Proof.TargetHash.ToString());
            var integrity = CredentialHashing.ComputeTargetHash(document) == document.Proof.TargetHash;
            var path = MerkleTree.Verify(document.Proof.TargetHash, document.Proof.MerklePath.AsSpan(), root);
            var outcome = (integrity, path) switch
            {
                (true, true) => "valid",
                (false, _) => "TargetHashMismatch",
                _ => "MerklePathInvalid",
            };
            Assert.Equal(Text(item["expect"]), outcome);
        }
    }
}
