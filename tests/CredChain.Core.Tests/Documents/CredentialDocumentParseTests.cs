using System.Text;
using System.Text.Json.Nodes;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Merkle;
using CredChain.Core.Tests.Support;

namespace CredChain.Core.Tests.Documents;

public sealed class CredentialDocumentParseTests
{
    private static readonly AnchorRef Anchor = new(Samples.ChainId, Samples.Registry, Keccak256.Hash("tx"u8), 42);

    private static JsonObject AnchoredJson()
    {
        var document = Samples.Credential();
        var sibling = Keccak256.Hash("sibling"u8);
        var anchored = document.WithAnchor(Core.Merkle.MerkleTree.HashPair(Core.Merkle.MerkleTree.LeafNode(document.Proof.TargetHash), sibling), [sibling], Anchor);
        return JsonNode.Parse(anchored.ToUtf8Bytes())!.AsObject();
    }

    private static CredentialFormatException Reject(Action<JsonObject> mutate)
    {
        var json = AnchoredJson();
        mutate(json);
        return Reject(json.ToJsonString());
    }

    private static CredentialFormatException Reject(string json)
    {
        Assert.False(CredentialDocument.TryParse(Encoding.UTF8.GetBytes(json), out var document, out var error));
        Assert.Null(document);
        Assert.Throws<CredentialFormatException>(() => CredentialDocument.Parse(Encoding.UTF8.GetBytes(json)));
        return error;
    }

    private static void AssertRejected(CredentialFormatError expected, string? path, Action<JsonObject> mutate)
    {
        var error = Reject(mutate);
        Assert.Equal((expected, path), (error.Error, error.Path));
    }

    [Fact]
    public void Parse_AnchoredDocument_ExposesEveryMember()
    {
        var document = CredentialDocument.Parse(Encoding.UTF8.GetBytes(AnchoredJson().ToJsonString()));

        var credential = document.Credential;
        Assert.Equal(["https://www.w3.org/ns/credentials/v2"], credential.Context.ToArray());
        Assert.Equal("urn:uuid:" + credential.Uuid.ToString("D"), credential.Id);
        Assert.Equal(7, credential.Uuid.Version);
        Assert.Equal(["VerifiableCredential", "UniversityDegreeCredential"], credential.Types.ToArray());
        Assert.Equal(Samples.Issuer, credential.Issuer);
        Assert.Equal("did:pkh:eip155:31337:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", credential.Issuer.Id);
        Assert.Equal(Samples.IssuedAt, credential.ValidFrom);
        Assert.Equal(Samples.IssuedAt.AddYears(50), credential.ValidUntil);
        Assert.Equal("张伟", credential.Subject.GetProperty("name").GetString());
        Assert.Equal(Anchor, document.Proof.Anchor);
        Assert.True(document.Proof.IsAnchored);
        Assert.Single(document.Proof.MerklePath);
        Assert.Empty(document.Proof.HiddenLeaves);
        Assert.Equal(22, document.Proof.Salts.Count);
    }

    [Fact]
    public void ToUtf8Bytes_ParsedDocument_RoundTripsByteForByte()
    {
        var bytes = CredentialDocument.Parse(Encoding.UTF8.GetBytes(AnchoredJson().ToJsonString())).ToUtf8Bytes();
        Assert.Equal(bytes, CredentialDocument.Parse(bytes).ToUtf8Bytes());
        var indented = CredentialDocument.Parse(bytes).ToUtf8Bytes(indented: true);
        Assert.Equal(bytes, CredentialDocument.Parse(indented).ToUtf8Bytes());
    }

    [Fact]
    public void ToUtf8Bytes_KeepsChineseTextReadable()
    {
        Assert.Contains("计算机科学与技术", Samples.Credential().ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"credential\"")]
    [InlineData("null")]
    public void Parse_RootNotObject_IsRejected(string json)
    {
        Assert.Equal(CredentialFormatError.RootNotObject, Reject(json).Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"a\":1}}")]
    [InlineData("{'a':1}")]
    public void Parse_NotJson_IsRejected(string json)
    {
        Assert.Equal(CredentialFormatError.InvalidJson, Reject(json).Error);
    }

    [Fact]
    public void Parse_InvalidUtf8_IsRejected()
    {
        Assert.False(CredentialDocument.TryParse([.. "{\"a\":\""u8, 0xff, .. "\"}"u8], out _, out var error));
        Assert.Equal(CredentialFormatError.InvalidJson, error.Error);
    }

    [Fact]
    public void Parse_DuplicateKeyInSubject_IsRejected()
    {
        var json = AnchoredJson().ToJsonString().Replace("\"nameEn\":\"Zhang Wei\"", "\"nameEn\":\"Zhang Wei\",\"nameEn\":\"Li Na\"", StringComparison.Ordinal);
        var error = Reject(json);
        Assert.Equal((CredentialFormatError.DuplicateKey, "/credentialSubject/nameEn"), (error.Error, error.Path));
    }

    [Fact]
    public void Parse_DuplicateTopLevelKey_IsRejected()
    {
        var json = AnchoredJson().ToJsonString().Replace("{\"@context\"", "{\"validFrom\":\"2020-01-01T00:00:00Z\",\"@context\"", StringComparison.Ordinal);
        Assert.Equal((CredentialFormatError.DuplicateKey, "/validFrom"), (Reject(json).Error, Reject(json).Path));
    }

    [Fact]
    public void Parse_TooLarge_IsRejected()
    {
        var json = "{\"pad\":\"" + new string('x', CredentialLimits.MaxDocumentBytes) + "\"}";
        Assert.Equal(CredentialFormatError.TooLarge, Reject(json).Error);
    }

    [Fact]
    public void Parse_TooDeep_IsRejected()
    {
        AssertRejected(CredentialFormatError.TooDeep, null, json =>
        {
            JsonNode deep = "bottom";
            for (var i = 0; i < CredentialLimits.MaxDepth; i++)
            {
                deep = new JsonArray(deep);
            }

            json["credentialSubject"]!["deep"] = deep;
        });
    }

    [Theory]
    [InlineData("@context", "/@context")]
    [InlineData("id", "/id")]
    [InlineData("type", "/type")]
    [InlineData("issuer", "/issuer")]
    [InlineData("validFrom", "/validFrom")]
    [InlineData("credentialSubject", "/credentialSubject")]
    [InlineData("proof", "/proof")]
    public void Parse_MissingRequiredMember_IsRejected(string member, string path)
    {
        AssertRejected(CredentialFormatError.MissingField, path, json => json.Remove(member));
    }

    [Theory]
    [InlineData("salts", "/proof/salts")]
    [InlineData("targetHash", "/proof/targetHash")]
    [InlineData("type", "/proof/type")]
    public void Parse_MissingProofMember_IsRejected(string member, string path)
    {
        AssertRejected(CredentialFormatError.MissingField, path, json => json["proof"]!.AsObject().Remove(member));
    }

    [Fact]
    public void Parse_MissingIssuerName_IsRejected()
    {
        AssertRejected(CredentialFormatError.MissingField, "/issuer/name", json => json["issuer"]!.AsObject().Remove("name"));
    }

    [Theory]
    [InlineData("credentialSubject", "/credentialSubject")]
    [InlineData("issuer", "/issuer")]
    [InlineData("type", "/type")]
    [InlineData("validFrom", "/validFrom")]
    public void Parse_MemberOfWrongType_IsRejected(string member, string path)
    {
        AssertRejected(CredentialFormatError.WrongType, path, json => json[member] = 12);
    }

    [Theory]
    [InlineData("2026-07-01")]
    [InlineData("2026-07-01T00:00:00")]
    [InlineData("2026-13-01T00:00:00Z")]
    [InlineData("2026-07-01T00:00:00Z\n")]
    [InlineData("2026-07-01 00:00:00Z")]
    [InlineData("yesterday")]
    public void Parse_BadDate_IsRejected(string date)
    {
        AssertRejected(CredentialFormatError.BadDate, "/validFrom", json => json["validFrom"] = date);
    }

    [Fact]
    public void Parse_ValidUntilBeforeValidFrom_IsRejected()
    {
        AssertRejected(CredentialFormatError.BadValidityPeriod, "/validUntil", json => json["validUntil"] = "2000-01-01T00:00:00+08:00");
    }

    [Fact]
    public void Parse_DateWithOffset_IsAccepted()
    {
        var json = AnchoredJson();
        json["validFrom"] = "2026-07-01T16:30:00.5+08:00";
        var document = CredentialDocument.Parse(Encoding.UTF8.GetBytes(json.ToJsonString()));
        Assert.Equal(Samples.IssuedAt.AddMilliseconds(500), document.Credential.ValidFrom);
    }

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
