using System.Text;
using System.Text.Json.Nodes;
using CredChain.Core.Documents;
using CredChain.Core.Tests.Support;
using static CredChain.Core.Tests.Documents.DocumentRejection;

namespace CredChain.Core.Tests.Documents;

/// <summary>Parsing: round trips, JSON-level refusals (not an object, duplicates, size, depth), required members, types and dates.</summary>
public sealed class CredentialDocumentParseTests
{
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
}
