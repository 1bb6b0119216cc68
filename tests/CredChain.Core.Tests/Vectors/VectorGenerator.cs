using System.Buffers.Binary;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CredChain.Core.Canonicalization;
using CredChain.Core.Disclosure;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Issuing;
using CredChain.Core.Leaves;
using CredChain.Core.Merkle;
using CredChain.Core.Tests.Support;

namespace CredChain.Core.Tests.Vectors;

/// <summary>
/// Builds the golden vector files in <c>tests/vectors/</c> from the code, with fixed clock and salts. They are written
/// only when <c>CREDCHAIN_REGENERATE_VECTORS=1</c> (see <see cref="VectorFileTests"/>); otherwise tests compare.
/// </summary>
internal static class VectorGenerator
{
    public static readonly AnchorRef Anchor = new(Samples.ChainId, Samples.Registry, Keccak256.Hash("credchain-vector-anchor-tx"u8), 42);

    private static readonly JsonSerializerOptions Output = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyDictionary<string, string> All()
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["keccak256.json"] = Write(Keccak()),
            ["jcs.json"] = Write(Jcs()),
            ["credentials.json"] = Write(Credentials()),
            ["hidden.json"] = Write(Hidden()),
            ["merkle.json"] = Write(MerkleTrees()),
        };
        foreach (var (name, text) in Anchored())
        {
            files[name] = text;
        }

        return files;
    }

    public static byte[] LeafPreimageOfIndex(int index)
    {
        var bytes = new byte[32];
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(28), index);
        return bytes;
    }

    /// <summary>keccak256 of the 32-byte big-endian index: what Solidity's <c>keccak256(abi.encode(uint256(i)))</c> gives.</summary>
    public static Hash32 MerkleLeaf(int index) => Keccak256.Hash(LeafPreimageOfIndex(index));

    public static IReadOnlyList<(string Name, CredentialDraft Draft, ulong Seed)> CredentialCases() =>
    [
        ("degree", Samples.Draft(), 1),
        ("minimal", new CredentialDraft(Samples.Issuer, [], Samples.Json("""{"name":"Ada Lovelace"}"""), Samples.IssuedAt), 2),
        ("tricky-paths", Samples.Draft(Samples.Json("""
            {
              "a/b": { "c~d": [1, 2.50, -0, 1e21, 1E-7, true, null] },
              "emoji 😀": "𝄞 music",
              "": "empty key",
              "empty string": "",
              "控制": "tab\tnewline\n\u0001 quote\" backslash\\ slash/"
            }
            """)), 3),
    ];

    public static IReadOnlyList<(string Name, string Source, string[] Paths)> HiddenCases() =>
    [
        ("degree-hide-gpa", "degree", ["/credentialSubject/gpa"]),
        ("degree-hide-degree-object", "degree", ["/credentialSubject/degree"]),
        ("degree-hide-several", "degree", ["/credentialSubject/name", "/credentialSubject/courses/0/grade", "/credentialSubject/honours"]),
        ("tricky-hide-escaped", "tricky-paths", ["/credentialSubject/a~1b", "/credentialSubject/"]),
    ];

    public static CredentialDocument Issue(string name)
    {
        var (_, draft, seed) = CredentialCases().Single(c => c.Name == name);
        return Samples.Factory(seed).Create(draft);
    }

    private static string Write(JsonNode node) => node.ToJsonString(Output).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";

    private static JsonObject Keccak()
    {
        var inputs = new List<byte[]> { Array.Empty<byte>(), "abc"u8.ToArray(), Encoding.UTF8.GetBytes("张伟 Zhang Wei") };
        foreach (var length in new[] { 1, 31, 32, 33, 64, 135, 136, 137, 271, 272, 273, 1000 })
        {
            inputs.Add([.. Enumerable.Range(0, length).Select(i => (byte)(i * 31 + 7))]);
        }

        return new JsonObject
        {
            ["description"] = "Ethereum Keccak-256 (not SHA3-256). input is hex without 0x; bytes of length L are (i*31+7) mod 256.",
            ["cases"] = new JsonArray([.. inputs.Select(input => new JsonObject
            {
                ["input"] = Convert.ToHexStringLower(input),
                ["hash"] = Keccak256.Hash(input).ToString(),
            })]),
        };
    }

    private static JsonObject Jcs()
    {
        (string Name, string Input)[] cases =
        [
            ("rfc8785-3.2.2", """{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001], "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/", "literals": [null, true, false]}"""),
            ("rfc8785-3.2.3-sorting", """{"\u20ac": "Euro Sign", "\r": "Carriage Return", "\ufb33": "Hebrew Letter Dalet With Dagesh", "1": "One", "\ud83d\ude00": "Emoji: Grinning Face", "\u0080": "Control", "\u00f6": "Latin Small Letter O With Diaeresis"}"""),
            ("negative-zero", "-0"),
            ("1e21", "1e21"),
            ("1e20", "1e20"),
            ("min-subnormal", "5e-324"),
            ("large-integer", "12345678901234567890"),
            ("beyond-2^53", "9007199254740993"),
            ("small-exponent", "1e-7"),
            ("unicode-and-surrogate-pair", "\"张伟 \\ud834\\udd1e 😀 é\""),
            ("control-characters", "\"\\u0000\\u001f\\b\\f\\n\\r\\t\\u007f\""),
            ("nested", """{"b": [1, {"y": "z", "x": null}], "a": {}, "c": []}"""),
        ];
        (string Name, string Input, CanonicalJsonError Error)[] invalid =
        [
            ("lone-high-surrogate", "\"\\ud800\"", CanonicalJsonError.LoneSurrogate),
            ("lone-low-surrogate", "\"\\udc00x\"", CanonicalJsonError.LoneSurrogate),
            ("overflow-to-infinity", "1e400", CanonicalJsonError.NonFiniteNumber),
            ("NaN-literal", "NaN", CanonicalJsonError.InvalidJson),
            ("duplicate-key", """{"a":1,"a":2}""", CanonicalJsonError.DuplicateKey),
        ];
        ulong[] numberBits =
        [
            0x0000000000000000, 0x8000000000000000, 0x0000000000000001, 0x8000000000000001, 0x7fefffffffffffff,
            0xffefffffffffffff, 0x4340000000000000, 0xc340000000000000, 0x4430000000000000, 0x44b52d02c7e14af5,
            0x44b52d02c7e14af6, 0x44b52d02c7e14af7, 0x444b1ae4d6e2ef4e, 0x444b1ae4d6e2ef4f, 0x444b1ae4d6e2ef50,
            0x3eb0c6f7a0b5ed8c, 0x3eb0c6f7a0b5ed8d, 0x41b3de4355555553, 0x41b3de4355555554, 0x41b3de4355555555,
            0x41b3de4355555556, 0x41b3de4355555557, 0xbecbf647612f3696, 0x43143ff3c1cb0959,
        ];
        return new JsonObject
        {
            ["description"] = "RFC 8785 canonical JSON. input and canonical are JSON texts; canonical is the exact UTF-8 output.",
            ["cases"] = new JsonArray([.. cases.Select(c => new JsonObject
            {
                ["name"] = c.Name,
                ["input"] = c.Input,
                ["canonical"] = Encoding.UTF8.GetString(CanonicalJson.Canonicalize(Encoding.UTF8.GetBytes(c.Input))),
            })]),
            ["numbers"] = new JsonArray([.. numberBits.Select(bits => new JsonObject
            {
                ["ieee754"] = "0x" + bits.ToString("x16", System.Globalization.CultureInfo.InvariantCulture),
                ["canonical"] = CanonicalJson.FormatNumber(BitConverter.UInt64BitsToDouble(bits)),
            })]),
            ["invalid"] = new JsonArray([.. invalid.Select(c => new JsonObject
            {
                ["name"] = c.Name,
                ["input"] = c.Input,
                ["error"] = c.Error.ToString(),
            })]),
        };
    }

    private static JsonObject Credentials() => new()
    {
        ["description"] = "Issued (unanchored) credentials, format version 2, with fixed salts. envelope.hash = keccak256(utf8(envelope.preimage)), the preimage being JCS({\"envelope\": credential without credentialSubject and proof, \"version\": 2}); each subject leaf.hash = keccak256(utf8(leaf.preimage)), the preimage being JCS({\"path\": leaf.typedPath, \"salt\": leaf.salt, \"value\": leaf.value}); targetHash = keccak256(concat(sorted envelope and leaf hashes)).",
        ["cases"] = new JsonArray([.. CredentialCases().Select(c =>
        {
            var document = Issue(c.Name);
            return new JsonObject
            {
                ["name"] = c.Name,
                ["document"] = JsonNode.Parse(document.ToUtf8Bytes()),
                ["envelope"] = new JsonObject
                {
                    ["preimage"] = Encoding.UTF8.GetString(CredentialHashing.GetEnvelopePreimage(document)),
                    ["hash"] = CredentialHashing.ComputeEnvelopeLeaf(document).ToString(),
                },
                ["leaves"] = Leaves(document),
                ["targetHash"] = document.Proof.TargetHash.ToString(),
            };
        })]),
    };

    private static JsonArray Leaves(CredentialDocument document) =>
    [
        .. CredentialHashing.ComputeLeaves(document).Select(leaf => new JsonObject
        {
            ["path"] = leaf.Path,
            ["typedPath"] = JsonNode.Parse(leaf.TypedPath),
            ["salt"] = leaf.Salt.ToString(),
            ["value"] = JsonNode.Parse(leaf.Value),
            ["preimage"] = Encoding.UTF8.GetString(leaf.Preimage),
            ["hash"] = leaf.Hash.ToString(),
        }),
    ];

    private static JsonObject Hidden() => new()
    {
        ["description"] = "Hidden-field variants of credentials.json documents: same targetHash, hidden leaf hashes moved to proof.hiddenLeaves.",
        ["cases"] = new JsonArray([.. HiddenCases().Select(c =>
        {
            var hidden = SelectiveDisclosure.Hide(Issue(c.Source), c.Paths);
            return new JsonObject
            {
                ["name"] = c.Name,
                ["source"] = c.Source,
                ["hiddenPaths"] = new JsonArray([.. c.Paths.Select(p => JsonValue.Create(p))]),
                ["document"] = JsonNode.Parse(hidden.ToUtf8Bytes()),
                ["disclosedLeaves"] = Leaves(hidden),
                ["hiddenLeaves"] = new JsonArray([.. hidden.Proof.HiddenLeaves.Select(h => JsonValue.Create(h.ToString()))]),
                ["targetHash"] = hidden.Proof.TargetHash.ToString(),
            };
        })]),
    };

    private static JsonObject MerkleTrees()
    {
        var trees = new JsonArray();
        foreach (var n in new[] { 1, 2, 3, 5, 1000 })
        {
            var leaves = Enumerable.Range(0, n).Select(MerkleLeaf).ToArray();
            var tree = MerkleTree.Build(leaves);
            var proven = n <= 5 ? Enumerable.Range(0, n) : [0, 1, 2, 3, 499, 500, 511, 512, 997, 998, 999];
            trees.Add(new JsonObject
            {
                ["n"] = n,
                ["root"] = tree.Root.ToString(),
                ["depth"] = tree.Depth,
                ["leaves"] = n <= 5 ? new JsonArray([.. leaves.Select(l => JsonValue.Create(l.ToString()))]) : null,
                ["proofs"] = new JsonArray([.. proven.Select(i => new JsonObject
                {
                    ["index"] = i,
                    ["leaf"] = leaves[i].ToString(),
                    ["leafNode"] = MerkleTree.LeafNode(leaves[i]).ToString(),
                    ["proof"] = new JsonArray([.. tree.GetProof(leaves[i]).Select(h => JsonValue.Create(h.ToString()))]),
                })]),
            });
        }

        return new JsonObject
        {
            ["description"] = "Sorted-pair keccak trees with double-hashed leaves (OpenZeppelin MerkleProof). Leaf i (input order, a targetHash) = keccak256(abi.encode(uint256(i))); its leaf node = keccak256(leaf); leaf nodes are sorted as bytes before building; an odd node is promoted; N = 1 gives root = leafNode.",
            ["trees"] = trees,
        };
    }

    private static IEnumerable<(string Name, string Text)> Anchored()
    {
        var factory = Samples.Factory(seed: 21);
        var batch = Enumerable.Range(0, 3).Select(_ => factory.Create(Samples.Draft())).ToArray();
        var tree = MerkleTree.Build(batch.Select(d => d.Proof.TargetHash));
        var anchored = batch.Select(d => d.WithAnchor(tree.Root, tree.GetProof(d.Proof.TargetHash), Anchor)).ToArray();

        var hidden = SelectiveDisclosure.Hide(anchored[0], ["/credentialSubject/gpa", "/credentialSubject/courses"]);
        var valueChanged = Encoding.UTF8.GetBytes(anchored[0].ToJsonString().Replace("\"Zhang Wei\"", "\"Li Na\"", StringComparison.Ordinal));
        var pathChanged = Encoding.UTF8.GetBytes(anchored[1].ToJsonString().Replace(
            anchored[1].Proof.MerklePath[0].ToString(), Keccak256.Hash("forged sibling"u8).ToString(), StringComparison.Ordinal));

        var files = new List<(string Name, byte[] Bytes, string Expect)>
        {
            ("documents/anchored-0.json", anchored[0].ToUtf8Bytes(indented: true), "valid"),
            ("documents/anchored-1.json", anchored[1].ToUtf8Bytes(indented: true), "valid"),
            ("documents/anchored-2.json", anchored[2].ToUtf8Bytes(indented: true), "valid"),
            ("documents/anchored-0.hidden.json", hidden.ToUtf8Bytes(indented: true), "valid"),
            ("documents/tampered-value.json", CredentialDocument.Parse(valueChanged).ToUtf8Bytes(indented: true), "TargetHashMismatch"),
            ("documents/tampered-merkle-path.json", CredentialDocument.Parse(pathChanged).ToUtf8Bytes(indented: true), "MerklePathInvalid"),
        };

        var index = new JsonObject
        {
            ["description"] = "One anchored batch of three. Files under documents/ are exact document bytes; expect is the offline outcome (valid, or the failing ReasonCode name).",
            ["merkleRoot"] = tree.Root.ToString(),
            ["anchor"] = new JsonObject
            {
                ["chainId"] = Anchor.ChainId,
                ["registry"] = Anchor.Registry,
                ["transactionHash"] = Anchor.TransactionHash.ToString(),
                ["blockNumber"] = Anchor.BlockNumber,
            },
            ["issuer"] = Samples.Issuer.Id,
            ["documents"] = new JsonArray([.. files.Select(f =>
            {
                var document = CredentialDocument.Parse(f.Bytes);
                return new JsonObject
                {
                    ["file"] = f.Name,
                    ["id"] = document.Credential.Id,
                    ["targetHash"] = document.Proof.TargetHash.ToString(),
                    ["merklePath"] = new JsonArray([.. document.Proof.MerklePath.Select(h => JsonValue.Create(h.ToString()))]),
                    ["expect"] = f.Expect,
                };
            })]),
        };

        yield return ("anchored.json", Write(index));
        foreach (var file in files)
        {
            yield return (file.Name, Encoding.UTF8.GetString(file.Bytes) + "\n");
        }
    }
}
