using System.Text;
using System.Text.Json.Nodes;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Tests.Support;

namespace CredChain.Core.Tests.Documents;

/// <summary>
/// Where the reader's raw-UTF-8 fast path hands over to the exact, string-based checks: escaped names and values,
/// large objects, the nesting limit. Either way the result must be the same.
/// </summary>
public sealed class CredentialDocumentReaderBoundaryTests
{
    private static readonly AnchorRef Anchor = new(Samples.ChainId, Samples.Registry, Keccak256.Hash("tx"u8), 42);

    private static string AnchoredJson()
    {
        var document = Samples.Credential();
        var sibling = Keccak256.Hash("sibling"u8);
        return document.WithAnchor(Core.Merkle.MerkleTree.HashPair(Core.Merkle.MerkleTree.LeafNode(document.Proof.TargetHash), sibling), [sibling], Anchor).ToJsonString();
    }

    private static CredentialFormatException Reject(string json)
    {
        Assert.False(CredentialDocument.TryParse(Encoding.UTF8.GetBytes(json), out _, out var error));
        return error;
    }

    private static string WithDeepArray(int arrays)
    {
        var json = JsonNode.Parse(AnchoredJson())!;
        JsonNode deep = "bottom";
        for (var i = 0; i < arrays; i++)
        {
            deep = new JsonArray(deep);
        }

        json["credentialSubject"]!["deep"] = deep;
        return json.ToJsonString();
    }

    [Fact]
    public void Parse_DuplicateKeySpelledWithAnEscape_IsRejected()
    {
        var json = AnchoredJson().Replace("\"nameEn\":\"Zhang Wei\"", "\"nameEn\":\"Zhang Wei\",\"name\\u0045n\":\"Li Na\"", StringComparison.Ordinal);

        var error = Reject(json);

        Assert.Equal((CredentialFormatError.DuplicateKey, "/credentialSubject/nameEn"), (error.Error, error.Path));
    }

    [Fact]
    public void Parse_DuplicateKeyInAnObjectOfManyMembers_IsRejected()
    {
        var members = string.Concat(Enumerable.Range(0, 100).Select(i => $"\"k{i}\":{i},"));
        var json = AnchoredJson().Replace("\"nameEn\":\"Zhang Wei\"", members + "\"k57\":0,\"nameEn\":\"Zhang Wei\"", StringComparison.Ordinal);

        var error = Reject(json);

        Assert.Equal((CredentialFormatError.DuplicateKey, "/credentialSubject/k57"), (error.Error, error.Path));
    }

    [Fact]
    public void Parse_ManyMembersAndEscapedNames_ParsesTheSameDocument()
    {
        var members = string.Concat(Enumerable.Range(0, 100).Select(i => $"\"k{i}\":{i},"));
        var plain = AnchoredJson().Replace("\"nameEn\":\"Zhang Wei\"", members + "\"nameEn\":\"Zhang Wei\"", StringComparison.Ordinal);
        var escaped = plain.Replace("\"k99\":", "\"k\\u0039\\u0039\":", StringComparison.Ordinal);

        var fromPlain = CredentialDocument.Parse(Encoding.UTF8.GetBytes(plain));
        var fromEscaped = CredentialDocument.Parse(Encoding.UTF8.GetBytes(escaped));

        Assert.Equal(
            (fromPlain.Credential.Subject.EnumerateObject().Count(), 99),
            (fromEscaped.Credential.Subject.EnumerateObject().Count(), fromEscaped.Credential.Subject.GetProperty("k99").GetInt32()));
    }

    [Fact]
    public void Parse_HexWrittenWithEscapes_ReadsTheSameValues()
    {
        var json = AnchoredJson();
        var document = CredentialDocument.Parse(Encoding.UTF8.GetBytes(json));
        var root = document.Proof.MerkleRoot!.Value.ToString();
        var escapedRoot = "\\u0030\\u0078" + root[2..];

        var reparsed = CredentialDocument.Parse(Encoding.UTF8.GetBytes(json.Replace($"\"merkleRoot\":\"{root}\"", $"\"merkleRoot\":\"{escapedRoot}\"", StringComparison.Ordinal)));

        Assert.Equal(document.Proof.MerkleRoot, reparsed.Proof.MerkleRoot);
    }

    [Fact]
    public void Parse_UppercaseHexHash_IsRejectedAsBadHex()
    {
        var json = AnchoredJson();
        var root = CredentialDocument.Parse(Encoding.UTF8.GetBytes(json)).Proof.MerkleRoot!.Value.ToString();

        var error = Reject(json.Replace(root, "0x" + root[2..].ToUpperInvariant(), StringComparison.Ordinal));

        Assert.Equal((CredentialFormatError.BadHex, "/proof/merkleRoot"), (error.Error, error.Path));
    }

    [Fact]
    public void Parse_NestingOneBelowTheLimit_Parses()
    {
        // The root is depth 1 and the subject depth 2: 30 arrays reach depth 32, the limit.
        Assert.True(CredentialDocument.TryParse(Encoding.UTF8.GetBytes(WithDeepArray(CredentialLimits.MaxDepth - 2)), out _, out _));
    }

    [Fact]
    public void Parse_NestingOneAboveTheLimit_IsTooDeep()
    {
        var error = Reject(WithDeepArray(CredentialLimits.MaxDepth - 1));

        Assert.Equal((CredentialFormatError.TooDeep, (string?)null), (error.Error, error.Path));
    }

    [Fact]
    public void Parse_TrailingValueAfterTheDocument_IsInvalidJson()
    {
        Assert.Equal(CredentialFormatError.InvalidJson, Reject(AnchoredJson() + " {}").Error);
    }
}
