using System.Text.Json.Nodes;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Merkle;
using CredChain.Core.Tests.Support;
using static CredChain.Core.Tests.Documents.DocumentRejection;

namespace CredChain.Core.Tests.Documents;

/// <summary>Parsing: the rules on identifiers, context and type, the proof (targetHash, salts, path, anchor) and canonicalizable values; WithAnchor.</summary>
public sealed class CredentialDocumentFieldRulesTests
{
    [Theory]
    [InlineData("urn:uuid:0190f0a2-7b3c-4d5e-8f60-0123456789ab")]
    [InlineData("urn:uuid:0190F0A2-7B3C-7D5E-8F60-0123456789AB")]
    [InlineData("urn:uuid:0190f0a2-7b3c-7d5e-cf60-0123456789ab")]
    [InlineData("0190f0a2-7b3c-7d5e-8f60-0123456789ab")]
    [InlineData("https://example.edu/credentials/1")]
    public void Parse_IdNotLowercaseUuidV7Urn_IsRejected(string id)
    {
        AssertRejected(CredentialFormatError.BadCredentialId, "/id", json => json["id"] = id);
    }

    [Theory]
    [InlineData("did:pkh:eip155:31337:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb9226")]
    [InlineData("did:pkh:eip155:0:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")]
    [InlineData("did:pkh:eip155:031337:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")]
    [InlineData("did:pkh:eip155::0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")]
    [InlineData("did:web:tsinghua.edu.cn")]
    [InlineData("did:pkh:eip155:31337:f39Fd6e51aad88F6F4ce6aB8827279cffFb92266xx")]
    public void Parse_IssuerNotDidPkh_IsRejected(string id)
    {
        AssertRejected(CredentialFormatError.BadIssuer, "/issuer", json => json["issuer"]!["id"] = id);
    }

    [Fact]
    public void Parse_ContextWithoutVc2First_IsRejected()
    {
        AssertRejected(CredentialFormatError.BadContext, "/@context", json => json["@context"] = new JsonArray("https://www.w3.org/2018/credentials/v1"));
    }

    [Fact]
    public void Parse_TypeWithoutVerifiableCredential_IsRejected()
    {
        AssertRejected(CredentialFormatError.BadType, "/type", json => json["type"] = new JsonArray("UniversityDegreeCredential"));
    }

    [Fact]
    public void Parse_UppercaseTargetHash_IsRejected()
    {
        AssertRejected(CredentialFormatError.BadHex, "/proof/targetHash", json => json["proof"]!["targetHash"] = json["proof"]!["targetHash"]!.GetValue<string>().ToUpperInvariant().Replace("0X", "0x", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ShortTargetHash_IsWrongLength()
    {
        AssertRejected(CredentialFormatError.WrongLength, "/proof/targetHash", json => json["proof"]!["targetHash"] = "0x" + new string('a', 62));
    }

    [Fact]
    public void Parse_SaltOfWrongLength_IsRejected()
    {
        AssertRejected(CredentialFormatError.WrongLength, "/proof/salts/~1credentialSubject~1name", json => json["proof"]!["salts"]!["/credentialSubject/name"] = "0x" + new string('0', 30));
    }

    [Fact]
    public void Parse_SaltNotHex_IsRejected()
    {
        AssertRejected(CredentialFormatError.BadHex, "/proof/salts/~1credentialSubject~1name", json => json["proof"]!["salts"]!["/credentialSubject/name"] = "0x" + new string('g', 32));
    }

    [Theory]
    [InlineData("credentialSubject/name")]
    [InlineData("/credentialSubject/bad~2escape")]
    [InlineData("")]
    public void Parse_SaltKeyNotPointer_IsRejected(string key)
    {
        var error = Reject(json => json["proof"]!["salts"]![key] = "0x" + new string('0', 32));
        Assert.Equal(CredentialFormatError.BadPointer, error.Error);
    }

    [Fact]
    public void Parse_MerkleRootWithoutAnchor_IsInconsistent()
    {
        AssertRejected(CredentialFormatError.InconsistentProof, "/proof", json => json["proof"]!.AsObject().Remove("anchor"));
    }

    [Fact]
    public void Parse_UnknownProofType_IsInconsistent()
    {
        AssertRejected(CredentialFormatError.InconsistentProof, "/proof/type", json => json["proof"]!["type"] = "DataIntegrityProof");
    }

    [Theory]
    [InlineData("chainId", 0)]
    [InlineData("chainId", 1.5)]
    [InlineData("blockNumber", -1)]
    public void Parse_BadAnchorNumber_IsRejected(string member, double value)
    {
        AssertRejected(CredentialFormatError.BadNumber, "/proof/anchor/" + member, json => json["proof"]!["anchor"]![member] = value);
    }

    [Fact]
    public void Parse_BadRegistryAddress_IsRejected()
    {
        AssertRejected(CredentialFormatError.BadHex, "/proof/anchor/registry", json => json["proof"]!["anchor"]!["registry"] = "registry");
    }

    [Fact]
    public void Parse_LoneSurrogateInSubject_IsRejected()
    {
        var json = AnchoredJson().ToJsonString().Replace("\"Zhang Wei\"", "\"Zhang \\ud800Wei\"", StringComparison.Ordinal);
        Assert.Equal((CredentialFormatError.NotCanonicalizable, "/credentialSubject/nameEn"), (Reject(json).Error, Reject(json).Path));
    }

    [Fact]
    public void Parse_NumberBeyondDoubleRange_IsRejected()
    {
        var json = AnchoredJson().ToJsonString().Replace("\"gpa\":3.78", "\"gpa\":1e999", StringComparison.Ordinal);
        Assert.Equal((CredentialFormatError.NotCanonicalizable, "/credentialSubject/gpa"), (Reject(json).Error, Reject(json).Path));
    }

    [Fact]
    public void WithAnchor_PathNotLeadingToRoot_Throws()
    {
        var document = Samples.Credential();
        Assert.Throws<ArgumentException>(() => document.WithAnchor(Keccak256.Hash("root"u8), [Keccak256.Hash("x"u8)], Anchor));
    }

    [Fact]
    public void WithAnchor_BatchOfOne_HasEmptyPath()
    {
        var document = Samples.Credential();
        var anchored = document.WithAnchor(MerkleTree.LeafNode(document.Proof.TargetHash), [], Anchor);
        Assert.Equal((MerkleTree.LeafNode(document.Proof.TargetHash), 0, Anchor), (anchored.Proof.MerkleRoot!.Value, anchored.Proof.MerklePath.Length, anchored.Proof.Anchor));
        Assert.Same(document.Credential, anchored.Credential);
    }

    [Fact]
    public void Parse_FileSavedWithAUtf8ByteOrderMark_IsTheSameDocument()
    {
        var document = Samples.Credential();
        var bytes = document.ToUtf8Bytes();
        var parsed = CredentialDocument.Parse([0xEF, 0xBB, 0xBF, .. bytes]);
        Assert.Equal(bytes, parsed.ToUtf8Bytes());
    }
}
