using System.Text;
using System.Text.Json.Nodes;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Tests.Support;

namespace CredChain.Core.Tests.Documents;

/// <summary>An anchored sample document as JSON, and the assertions that a changed copy of it is refused (by Parse and TryParse alike).</summary>
internal static class DocumentRejection
{
    public static readonly AnchorRef Anchor = new(Samples.ChainId, Samples.Registry, Keccak256.Hash("tx"u8), 42);

    public static JsonObject AnchoredJson()
    {
        var document = Samples.Credential();
        var sibling = Keccak256.Hash("sibling"u8);
        var anchored = document.WithAnchor(Core.Merkle.MerkleTree.HashPair(Core.Merkle.MerkleTree.LeafNode(document.Proof.TargetHash), sibling), [sibling], Anchor);
        return JsonNode.Parse(anchored.ToUtf8Bytes())!.AsObject();
    }

    public static CredentialFormatException Reject(Action<JsonObject> mutate)
    {
        var json = AnchoredJson();
        mutate(json);
        return Reject(json.ToJsonString());
    }

    public static CredentialFormatException Reject(string json)
    {
        Assert.False(CredentialDocument.TryParse(Encoding.UTF8.GetBytes(json), out var document, out var error));
        Assert.Null(document);
        Assert.Throws<CredentialFormatException>(() => CredentialDocument.Parse(Encoding.UTF8.GetBytes(json)));
        return error;
    }

    public static void AssertRejected(CredentialFormatError expected, string? path, Action<JsonObject> mutate)
    {
        var error = Reject(mutate);
        Assert.Equal((expected, path), (error.Error, error.Path));
    }
}
