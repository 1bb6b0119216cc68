using CredChain.Core.Disclosure;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Merkle;
using CredChain.Core.Leaves;
using CredChain.Core.Tests.Support;

namespace CredChain.Core.Tests.Disclosure;

public sealed class SelectiveDisclosureTests
{
    private static readonly AnchorRef Anchor = new(Samples.ChainId, Samples.Registry, Keccak256.Hash("tx"u8), 7);

    private static CredentialDocument Anchored()
    {
        var document = Samples.Credential();
        return document.WithAnchor(MerkleTree.LeafNode(document.Proof.TargetHash), [], Anchor);
    }

    private static string[] DisclosedPaths(CredentialDocument document) =>
        [.. CredentialHashing.ComputeLeaves(document).Select(l => l.Path)];

    [Fact]
    public void Hide_Scalar_MovesItsLeafHashAndKeepsTheProof()
    {
        var document = Anchored();
        var leaf = CredentialHashing.ComputeLeaves(document).Single(l => l.Path == "/credentialSubject/gpa");

        var hidden = SelectiveDisclosure.Hide(document, ["/credentialSubject/gpa"]);

        Assert.False(hidden.Credential.Subject.TryGetProperty("gpa", out _));
        Assert.Equal([leaf.Hash], hidden.Proof.HiddenLeaves.ToArray());
        Assert.DoesNotContain("/credentialSubject/gpa", hidden.Proof.Salts.Keys);
        Assert.Equal(document.Proof.Salts.Count - 1, hidden.Proof.Salts.Count);
        Assert.Equal((document.Proof.TargetHash, document.Proof.MerkleRoot, document.Proof.Anchor), (hidden.Proof.TargetHash, hidden.Proof.MerkleRoot, hidden.Proof.Anchor));
        Assert.Equal(document.Proof.TargetHash, CredentialHashing.ComputeTargetHash(hidden));
    }

    [Fact]
    public void Hide_Object_RemovesEveryLeafUnderIt()
    {
        var hidden = SelectiveDisclosure.Hide(Anchored(), ["/credentialSubject/degree"]);
        Assert.False(hidden.Credential.Subject.TryGetProperty("degree", out _));
        Assert.Equal(5, hidden.Proof.HiddenLeaves.Length);
        Assert.DoesNotContain(DisclosedPaths(hidden), p => p.StartsWith("/credentialSubject/degree", StringComparison.Ordinal));
        Assert.Equal(hidden.Proof.TargetHash, CredentialHashing.ComputeTargetHash(hidden));
    }

    [Fact]
    public void Hide_WholeArray_IsAllowed()
    {
        var hidden = SelectiveDisclosure.Hide(Anchored(), ["/credentialSubject/courses"]);
        Assert.False(hidden.Credential.Subject.TryGetProperty("courses", out _));
        Assert.Equal(6, hidden.Proof.HiddenLeaves.Length);
        Assert.Equal(hidden.Proof.TargetHash, CredentialHashing.ComputeTargetHash(hidden));
    }

    [Fact]
    public void Hide_MemberInsideArrayElement_KeepsTheElementsInPlace()
    {
        var hidden = SelectiveDisclosure.Hide(Anchored(), ["/credentialSubject/courses/0/grade", "/credentialSubject/courses/1/title"]);
        var courses = hidden.Credential.Subject.GetProperty("courses");
        Assert.Equal(2, courses.GetArrayLength());
        Assert.False(courses[0].TryGetProperty("grade", out _));
        Assert.Equal("A-", courses[1].GetProperty("grade").GetString());
        Assert.Equal(hidden.Proof.TargetHash, CredentialHashing.ComputeTargetHash(hidden));
    }

    [Fact]
    public void Hide_AllMembersOfNestedObject_RemovesTheEmptiedObject()
    {
        var paths = new[] { "type", "name", "nameEn", "major", "majorEn" }.Select(m => "/credentialSubject/degree/" + m);
        var hidden = SelectiveDisclosure.Hide(Anchored(), paths);
        Assert.False(hidden.Credential.Subject.TryGetProperty("degree", out _));
        Assert.Equal(hidden.Proof.TargetHash, CredentialHashing.ComputeTargetHash(hidden));
    }

    [Fact]
    public void Hide_Twice_AccumulatesHiddenLeavesSorted()
    {
        var once = SelectiveDisclosure.Hide(Anchored(), ["/credentialSubject/name"]);
        var twice = SelectiveDisclosure.Hide(once, ["/credentialSubject/studentNumber", "/credentialSubject/minor"]);
        Assert.Equal(3, twice.Proof.HiddenLeaves.Length);
        Assert.Equal(twice.Proof.HiddenLeaves.Order().ToArray(), twice.Proof.HiddenLeaves.ToArray());
        Assert.Equal(twice.Proof.TargetHash, CredentialHashing.ComputeTargetHash(twice));
    }

    [Fact]
    public void Hide_NestedAndOuterPathTogether_HidesOnce()
    {
        var hidden = SelectiveDisclosure.Hide(Anchored(), ["/credentialSubject/degree/major", "/credentialSubject/degree"]);
        Assert.Equal(5, hidden.Proof.HiddenLeaves.Length);
    }

    [Fact]
    public void Hide_HiddenDocument_RoundTripsThroughJson()
    {
        var hidden = SelectiveDisclosure.Hide(Anchored(), ["/credentialSubject/degree", "/credentialSubject/honours"]);
        var parsed = CredentialDocument.Parse(hidden.ToUtf8Bytes());
        Assert.Equal(hidden.ToUtf8Bytes(), parsed.ToUtf8Bytes());
        Assert.Equal(hidden.Proof.TargetHash, CredentialHashing.ComputeTargetHash(parsed));
    }

    [Fact]
    public void Hide_NoPaths_ReturnsTheSameDocument()
    {
        var document = Anchored();
        Assert.Same(document, SelectiveDisclosure.Hide(document, []));
    }

    [Theory]
    [InlineData("/credentialSubject/honours/0", DisclosureError.WouldRemoveArrayElement)]
    [InlineData("/credentialSubject/courses/1", DisclosureError.WouldRemoveArrayElement)]
    [InlineData("/credentialSubject/nope", DisclosureError.PathNotFound)]
    [InlineData("/credentialSubject/courses/7/grade", DisclosureError.PathNotFound)]
    [InlineData("/issuer/name", DisclosureError.PathNotHideable)]
    [InlineData("/validUntil", DisclosureError.PathNotHideable)]
    [InlineData("/id", DisclosureError.PathNotHideable)]
    [InlineData("/proof", DisclosureError.PathNotHideable)]
    [InlineData("credentialSubject/name", DisclosureError.BadPointer)]
    [InlineData("", DisclosureError.BadPointer)]
    [InlineData("/credentialSubject/a~", DisclosureError.BadPointer)]
    public void Hide_InvalidRequest_IsRejectedWithReason(string path, DisclosureError expected)
    {
        var exception = Assert.Throws<DisclosureException>(() => SelectiveDisclosure.Hide(Anchored(), [path]));
        Assert.Equal((expected, path), (exception.Error, exception.Path));
    }

    [Fact]
    public void Hide_EveryMemberOfAnArrayElement_IsRejected()
    {
        var exception = Assert.Throws<DisclosureException>(() => SelectiveDisclosure.Hide(
            Anchored(),
            ["/credentialSubject/courses/0/code", "/credentialSubject/courses/0/title", "/credentialSubject/courses/0/grade"]));
        Assert.Equal(DisclosureError.WouldRemoveArrayElement, exception.Error);
    }

    [Fact]
    public void Hide_WholeSubject_IsRejected()
    {
        var all = Anchored().Credential.Subject.EnumerateObject().Select(p => "/credentialSubject/" + p.Name);
        var exception = Assert.Throws<DisclosureException>(() => SelectiveDisclosure.Hide(Anchored(), all));
        Assert.Equal(DisclosureError.WouldEmptySubject, exception.Error);
        Assert.Equal(DisclosureError.PathNotHideable, Assert.Throws<DisclosureException>(() => SelectiveDisclosure.Hide(Anchored(), ["/credentialSubject"])).Error);
    }
}
