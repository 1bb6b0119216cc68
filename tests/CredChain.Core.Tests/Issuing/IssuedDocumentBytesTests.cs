using System.Text;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Tests.Support;

namespace CredChain.Core.Tests.Issuing;

/// <summary>An issued document reuses the credential bytes the factory wrote; they must be the bytes a re-write gives.</summary>
public sealed class IssuedDocumentBytesTests
{
    public static TheoryData<string> Subjects() =>
    [
        Samples.SubjectJson,
        """{"name":"张伟 😀","note":"a<b & 'c' \"d\" \\ / \u0001\t\n","plus":"+1"}""",
        """{"n":[1.50,-0,2e3,1E-7,12345678901234567000,9007199254740992,0.1],"b":[true,false,null],"deep":{"a":{"b":{"c":"d"}}}}""",
        """{"\u00e9t\u00e9":"\u5f20\u4f1f","~/key":"x"}""",
    ];

    [Theory]
    [MemberData(nameof(Subjects))]
    public void ToUtf8Bytes_IssuedDocument_IsTheBytesOfItsReparsedDocument(string subject)
    {
        var issued = Samples.Factory().Create(Samples.Draft(Samples.Json(subject)));

        var bytes = issued.ToUtf8Bytes();

        Assert.Equal(Encoding.UTF8.GetString(CredentialDocument.Parse(bytes).ToUtf8Bytes()), Encoding.UTF8.GetString(bytes));
    }

    [Theory]
    [MemberData(nameof(Subjects))]
    public void ToUtf8Bytes_IssuedThenAnchoredDocument_IsTheBytesOfItsReparsedDocument(string subject)
    {
        var issued = Samples.Factory().Create(Samples.Draft(Samples.Json(subject)));
        var sibling = Keccak256.Hash("sibling"u8);
        var anchor = new AnchorRef(Samples.ChainId, Samples.Registry, Keccak256.Hash("tx"u8), 42);

        var anchored = issued.WithAnchor(Core.Merkle.MerkleTree.HashPair(Core.Merkle.MerkleTree.LeafNode(issued.Proof.TargetHash), sibling), [sibling], anchor);
        var bytes = anchored.ToUtf8Bytes();

        Assert.Equal(Encoding.UTF8.GetString(CredentialDocument.Parse(bytes).ToUtf8Bytes()), Encoding.UTF8.GetString(bytes));
        var issuedText = issued.ToJsonString();
        Assert.StartsWith(issuedText[..^2], anchored.ToJsonString(), StringComparison.Ordinal);
    }
}
