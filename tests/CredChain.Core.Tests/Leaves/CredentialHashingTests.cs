using System.Text;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Leaves;
using CredChain.Core.Tests.Support;

namespace CredChain.Core.Tests.Leaves;

public sealed class CredentialHashingTests
{
    private static readonly Salt FixedSalt = Salt.Parse("0x000102030405060708090a0b0c0d0e0f");

    [Fact]
    public void GetLeafPreimage_String_IsCanonicalJsonOfPathSaltValue()
    {
        var preimage = CredentialHashing.GetLeafPreimage("/credentialSubject/name", FixedSalt, Samples.Json("\"张伟\""));
        Assert.Equal(
            "{\"path\":\"/credentialSubject/name\",\"salt\":\"0x000102030405060708090a0b0c0d0e0f\",\"value\":\"张伟\"}",
            Encoding.UTF8.GetString(preimage));
    }

    [Theory]
    [InlineData("3.780", "3.78")]
    [InlineData("1E2", "100")]
    [InlineData("true", "true")]
    [InlineData("null", "null")]
    [InlineData("\"a\\u002fb\\n\"", "\"a/b\\n\"")]
    public void GetLeafPreimage_Scalars_AreWrittenInCanonicalForm(string value, string canonical)
    {
        var preimage = CredentialHashing.GetLeafPreimage("/a~1b/0", FixedSalt, Samples.Json(value));
        Assert.Equal(
            "{\"path\":\"/a~1b/0\",\"salt\":\"0x000102030405060708090a0b0c0d0e0f\",\"value\":" + canonical + "}",
            Encoding.UTF8.GetString(preimage));
    }

    [Fact]
    public void ComputeLeafHash_IsKeccakOfThePreimage()
    {
        var value = Samples.Json("\"Zhang Wei\"");
        Assert.Equal(
            Keccak256.Hash(CredentialHashing.GetLeafPreimage("/credentialSubject/nameEn", FixedSalt, value)),
            CredentialHashing.ComputeLeafHash("/credentialSubject/nameEn", FixedSalt, value));
    }

    [Fact]
    public void ComputeLeafHash_ContainerValue_Throws()
    {
        Assert.Throws<ArgumentException>(() => CredentialHashing.ComputeLeafHash("/a", FixedSalt, Samples.Json("{\"b\":1}")));
    }

    [Fact]
    public void ComputeTargetHash_SortsLeafHashesAsBytesBeforeHashing()
    {
        var a = Keccak256.Hash("a"u8);
        var b = Keccak256.Hash("b"u8);
        var (low, high) = a < b ? (a, b) : (b, a);
        var expected = Keccak256.Hash([.. low.ToByteArray(), .. high.ToByteArray()]);
        Assert.Equal(expected, CredentialHashing.ComputeTargetHash([high, low]));
        Assert.Equal(expected, CredentialHashing.ComputeTargetHash([low, high]));
    }

    [Fact]
    public void ComputeLeaves_EnumeratesEveryScalarByEscapedPointerInDocumentOrder()
    {
        var subject = Samples.Json("""{"a/b":{"c~d":[1,{"e":null}]},"f":"x"}""");
        var document = Samples.Factory().Create(Samples.Draft(subject));

        var paths = CredentialHashing.ComputeLeaves(document).Select(l => l.Path).ToArray();

        Assert.Equal(
            [
                "/@context/0", "/id", "/type/0", "/type/1", "/issuer/id", "/issuer/name", "/validFrom", "/validUntil",
                "/credentialSubject/a~1b/c~0d/0", "/credentialSubject/a~1b/c~0d/1/e", "/credentialSubject/f",
            ],
            paths);
    }

    [Fact]
    public void ComputeTargetHash_IssuedDocument_EqualsTheStatedTargetHash()
    {
        var document = Samples.Credential();
        Assert.Equal(document.Proof.TargetHash, CredentialHashing.ComputeTargetHash(document));
    }

    [Fact]
    public void ComputeLeaves_ValueWithoutSalt_ThrowsMissingSalt()
    {
        var document = Reparse(Samples.Credential(), json => json.Replace("\"thesisPublic\":true", "\"thesisPublic\":true,\"extra\":1", StringComparison.Ordinal));
        var exception = Assert.Throws<CredentialIntegrityException>(() => CredentialHashing.ComputeLeaves(document));
        Assert.Equal((IntegrityError.MissingSalt, "/credentialSubject/extra"), (exception.Error, exception.Path));
    }

    [Fact]
    public void ComputeLeaves_SaltWithoutValue_ThrowsUnusedSalt()
    {
        var document = Reparse(Samples.Credential(), json => json.Replace(",\"minor\":null", string.Empty, StringComparison.Ordinal));
        var exception = Assert.Throws<CredentialIntegrityException>(() => CredentialHashing.ComputeLeaves(document));
        Assert.Equal((IntegrityError.UnusedSalt, "/credentialSubject/minor"), (exception.Error, exception.Path));
    }

    [Fact]
    public void ComputeLeaves_AddedEmptyObject_ThrowsEmptyContainer()
    {
        var document = Reparse(Samples.Credential(), json => json.Replace("\"minor\":null", "\"minor\":null,\"notes\":{}", StringComparison.Ordinal));
        var exception = Assert.Throws<CredentialIntegrityException>(() => CredentialHashing.ComputeLeaves(document));
        Assert.Equal((IntegrityError.EmptyContainer, "/credentialSubject/notes"), (exception.Error, exception.Path));
    }

    internal static CredentialDocument Reparse(CredentialDocument document, Func<string, string> edit)
    {
        var json = document.ToJsonString();
        var edited = edit(json);
        Assert.NotEqual(json, edited);
        return CredentialDocument.Parse(Encoding.UTF8.GetBytes(edited));
    }
}
