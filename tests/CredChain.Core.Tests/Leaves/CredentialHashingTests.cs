using System.Text;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Leaves;
using CredChain.Core.Tests.Support;

namespace CredChain.Core.Tests.Leaves;

public sealed class CredentialHashingTests
{
    private static CredentialLeaf Leaf(CredentialDocument document, string pointer) =>
        CredentialHashing.ComputeLeaves(document).Single(l => l.Path == pointer);

    private static string Salt(CredentialDocument document, string pointer) => document.Proof.Salts[pointer].ToString();

    [Fact]
    public void SubjectLeaf_Member_PreimageIsCanonicalJsonOfTypedPathSaltValue()
    {
        var document = Samples.Credential();
        var leaf = Leaf(document, "/credentialSubject/name");

        var expected = "{\"path\":[\"credentialSubject\",\"name\"],\"salt\":\"" + Salt(document, leaf.Path) + "\",\"value\":\"张伟\"}";
        Assert.Equal(expected, Encoding.UTF8.GetString(leaf.Preimage));
        Assert.Equal(Keccak256.Hash(Encoding.UTF8.GetBytes(expected)), leaf.Hash);
    }

    [Fact]
    public void SubjectLeaf_ArrayElement_PathNamesItsIndexAndItsArraysLength()
    {
        var document = Samples.Credential();
        var leaf = Leaf(document, "/credentialSubject/courses/1/grade");

        Assert.Equal("[\"credentialSubject\",\"courses\",[1,2],\"grade\"]", leaf.TypedPath);
        Assert.Equal(
            "{\"path\":[\"credentialSubject\",\"courses\",[1,2],\"grade\"],\"salt\":\"" + Salt(document, leaf.Path) + "\",\"value\":\"A-\"}",
            Encoding.UTF8.GetString(leaf.Preimage));
    }

    [Theory]
    [InlineData("3.780", "3.78")]
    [InlineData("1E2", "100")]
    [InlineData("-0", "0")]
    [InlineData("true", "true")]
    [InlineData("null", "null")]
    [InlineData("\"a\\u002fb\\n\"", "\"a/b\\n\"")]
    public void SubjectLeaf_Scalars_AreIssuedAndHashedInCanonicalForm(string value, string canonical)
    {
        var document = Samples.Factory().Create(Samples.Draft(Samples.Json("{\"a/b\":[" + value + "]}")));
        var leaf = Leaf(document, "/credentialSubject/a~1b/0");

        Assert.Equal((canonical, "[\"credentialSubject\",\"a/b\",[0,1]]"), (leaf.Value, leaf.TypedPath));
        Assert.Contains("\"a/b\":[" + canonical + "]", document.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void EnvelopeLeaf_CommitsToEveryMemberOutsideTheSubject_InCanonicalForm()
    {
        var document = Samples.Credential();
        var expected = "{\"envelope\":{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"id\":\"" + document.Credential.Id
            + "\",\"issuer\":{\"id\":\"did:pkh:eip155:31337:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\",\"name\":\"清华大学 Tsinghua University\"},"
            + "\"type\":[\"VerifiableCredential\",\"UniversityDegreeCredential\"],\"validFrom\":\"2026-07-01T08:30:00Z\",\"validUntil\":\"2076-07-01T08:30:00Z\"},\"version\":2}";

        Assert.Equal(expected, Encoding.UTF8.GetString(CredentialHashing.GetEnvelopePreimage(document)));
        Assert.Equal(Keccak256.Hash(Encoding.UTF8.GetBytes(expected)), CredentialHashing.ComputeEnvelopeLeaf(document));
    }

    [Fact]
    public void EnvelopeLeaf_MembersInAnotherOrder_HashTheSame()
    {
        var document = Samples.Credential();
        var reordered = Reparse(document, json => json.Replace(
            "\"issuer\":{\"id\":\"did:pkh:eip155:31337:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\",\"name\":\"清华大学 Tsinghua University\"},",
            string.Empty,
            StringComparison.Ordinal).Replace(
            "\"credentialSubject\":",
            "\"issuer\":{\"name\":\"清华大学 Tsinghua University\",\"id\":\"did:pkh:eip155:31337:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\"},\"credentialSubject\":",
            StringComparison.Ordinal));

        Assert.Equal(CredentialHashing.ComputeEnvelopeLeaf(document), CredentialHashing.ComputeEnvelopeLeaf(reordered));
        Assert.Equal(document.Proof.TargetHash, CredentialHashing.ComputeTargetHash(reordered));
    }

    [Fact]
    public void ComputeTargetHash_IsKeccakOfTheSortedEnvelopeAndSubjectLeaves()
    {
        var document = Samples.Credential();
        var leaves = CredentialHashing.ComputeLeaves(document).Select(l => l.Hash).Append(CredentialHashing.ComputeEnvelopeLeaf(document)).Order();

        Assert.Equal(Keccak256.Hash([.. leaves.SelectMany(h => h.ToByteArray())]), document.Proof.TargetHash);
        Assert.Equal(document.Proof.TargetHash, CredentialHashing.ComputeTargetHash(document));
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
    public void ComputeLeaves_EnumeratesEverySubjectScalarByEscapedPointerInDocumentOrder()
    {
        var subject = Samples.Json("""{"a/b":{"c~d":[1,{"e":null}]},"f":"x"}""");
        var document = Samples.Factory().Create(Samples.Draft(subject));

        var leaves = CredentialHashing.ComputeLeaves(document);

        Assert.Equal(["/credentialSubject/a~1b/c~0d/0", "/credentialSubject/a~1b/c~0d/1/e", "/credentialSubject/f"], leaves.Select(l => l.Path));
        Assert.Equal(
            ["[\"credentialSubject\",\"a/b\",\"c~d\",[0,2]]", "[\"credentialSubject\",\"a/b\",\"c~d\",[1,2],\"e\"]", "[\"credentialSubject\",\"f\"]"],
            leaves.Select(l => l.TypedPath));
        Assert.Equal(document.Proof.Salts.Keys.Order(StringComparer.Ordinal), leaves.Select(l => l.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ComputeLeaves_TextIsWhatWasHashed()
    {
        var leaves = CredentialHashing.ComputeLeaves(Samples.Credential()).ToDictionary(l => l.Path);

        Assert.Equal(("张伟", "3.78", "162", "true", "null"), (
            leaves["/credentialSubject/name"].Text,
            leaves["/credentialSubject/gpa"].Text,
            leaves["/credentialSubject/creditsEarned"].Text,
            leaves["/credentialSubject/thesisPublic"].Text,
            leaves["/credentialSubject/minor"].Text));
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

    [Theory]
    [InlineData("\"gpa\":3.78", "\"gpa\":3.780", "/credentialSubject/gpa")]
    [InlineData("\"creditsEarned\":162", "\"creditsEarned\":1.62e2", "/credentialSubject/creditsEarned")]
    public void ComputeTargetHash_NumberRespelled_ThrowsNumberNotCanonical(string from, string to, string at)
    {
        var document = Reparse(Samples.Credential(), json => json.Replace(from, to, StringComparison.Ordinal));
        var exception = Assert.Throws<CredentialIntegrityException>(() => CredentialHashing.ComputeTargetHash(document));
        Assert.Equal((IntegrityError.NumberNotCanonical, at), (exception.Error, exception.Path));
    }

    internal static CredentialDocument Reparse(CredentialDocument document, Func<string, string> edit)
    {
        var json = document.ToJsonString();
        var edited = edit(json);
        Assert.NotEqual(json, edited);
        return CredentialDocument.Parse(Encoding.UTF8.GetBytes(edited));
    }
}
