using System.Text;
using System.Text.Json;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Issuing;
using CredChain.Core.Leaves;
using CredChain.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CredChain.Core.Tests.Leaves;

/// <summary>
/// The one subject walk: issuing (strict, over the bytes just written) and verification (over a parsed document) give
/// the same leaves, and leaves hashed four at a time each still get the hash of their own preimage, in document order.
/// </summary>
public sealed class SubjectWalkerTests
{
    private static readonly Guid Id = Guid.Parse("0197a5c2-8b00-7abc-8def-0123456789ab");

    /// <summary>Value lengths whose preimages take one to six Keccak blocks.</summary>
    private static readonly int[] ValueLengths = [1, 60, 130, 200, 300, 700];

    private static JsonElement Subject(int leaves, int shift = 0) => JsonSerializer.SerializeToElement(
        Enumerable.Range(0, leaves).ToDictionary(i => $"f{i}", i => new string((char)('a' + (i % 26)), ValueLengths[(i + shift) % ValueLengths.Length])));

    private static CredentialFactory Factory() => new(new FakeTimeProvider(Samples.IssuedAt), new DeterministicRandom(5));

    /// <summary>Issue's bytes equal Create's, and each leaf's hash is Keccak of its own preimage.</summary>
    private static void AssertIssueMatchesCreateLeafByLeaf(JsonElement subject)
    {
        var draft = Samples.Draft(subject);
        var created = Factory().Create(draft, Id);
        var issued = Factory().Issue(draft, Id);

        Assert.Equal(Encoding.UTF8.GetString(created.ToUtf8Bytes()), Encoding.UTF8.GetString(issued.Utf8Json.Span));
        Assert.Equal(created.Proof.TargetHash, issued.TargetHash);
        var leaves = CredentialHashing.ComputeLeaves(CredentialDocument.Parse(issued.Utf8Json.Span));
        Assert.All(leaves, leaf => Assert.Equal(Keccak256.Hash(leaf.Preimage), leaf.Hash));
        Assert.Equal(issued.TargetHash, CredentialHashing.ComputeTargetHash(leaves.Select(l => l.Hash).Append(CredentialHashing.ComputeEnvelopeLeaf(created))));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 3)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(5, 4)]
    [InlineData(7, 5)]
    [InlineData(9, 0)]
    [InlineData(30, 2)]
    public void Issue_PreimagesOfMixedBlockCounts_HashEachLeafInOrder(int leaves, int shift) =>
        AssertIssueMatchesCreateLeafByLeaf(Subject(leaves, shift));

    [Fact]
    public void Issue_MoreLeavesThanHashedOnTheStack_HashEachLeafInOrder() =>
        AssertIssueMatchesCreateLeafByLeaf(JsonSerializer.SerializeToElement(Enumerable.Range(0, 300).ToDictionary(i => $"f{i}", i => i % 7 == 0 ? (object)$"v{i}" : i)));

    [Fact]
    public void Issue_AfterAValueTooLargeToKeepTheBuffers_StillHashesEachLeaf()
    {
        AssertIssueMatchesCreateLeafByLeaf(JsonSerializer.SerializeToElement(new { big = new string('x', 16_000), more = new string('y', 16_000), evenMore = new string('z', 16_000), small = 1 }));
        AssertIssueMatchesCreateLeafByLeaf(Subject(6));
    }

    [Fact]
    public void Issue_NestedArraysOfObjects_MatchesCreate() =>
        AssertIssueMatchesCreateLeafByLeaf(Samples.Json("""{"a":[[1,[2,3]],{"b":[{"c":"x"},{"c":"y","d":[true,false,null]}]}],"e":{"f":{"g":-1.5e-7}}}"""));

    [Fact]
    public void Walk_ArrayRewrittenAsAnObject_GivesOtherPaths()
    {
        var array = Walk("""{"h":["x","y"]}""");
        var obj = Walk("""{"h":{"0":"x","1":"y"}}""");

        Assert.Equal(array.Select(l => l.Pointer), obj.Select(l => l.Pointer));
        Assert.Equal(["[\"credentialSubject\",\"h\",[0,2]]", "[\"credentialSubject\",\"h\",[1,2]]"], array.Select(l => l.Path));
        Assert.Equal(["[\"credentialSubject\",\"h\",\"0\"]", "[\"credentialSubject\",\"h\",\"1\"]"], obj.Select(l => l.Path));
    }

    [Fact]
    public void Walk_LastArrayElementRemoved_ChangesTheOthersPaths()
    {
        var full = Walk("""{"h":["x","y","z"]}""");
        var cut = Walk("""{"h":["x","y"]}""");

        Assert.Equal("[\"credentialSubject\",\"h\",[0,3]]", full[0].Path);
        Assert.Equal("[\"credentialSubject\",\"h\",[0,2]]", cut[0].Path);
    }

    [Theory]
    [InlineData("""{"a":{}}""", "/credentialSubject/a")]
    [InlineData("""{"a":[1,[]]}""", "/credentialSubject/a/1")]
    [InlineData("""{}""", "/credentialSubject")]
    public void Walk_EmptyContainer_IsReportedWhereItIs(string subject, string at)
    {
        var set = LeafSet.Rent();
        var walk = SubjectWalker.Walk(Encoding.UTF8.GetBytes(subject), set, strict: false);
        Assert.Equal(SubjectWalk.Fail(WalkProblem.EmptyContainer, at), walk);
    }

    [Theory]
    [InlineData("""{"a":2.50}""", "/credentialSubject/a")]
    [InlineData("""{"a":[1,1E3]}""", "/credentialSubject/a/1")]
    [InlineData("""{"a":-0}""", "/credentialSubject/a")]
    public void Walk_NumberNotCanonical_IsReportedWhereItIs(string subject, string at)
    {
        var set = LeafSet.Rent();
        var walk = SubjectWalker.Walk(Encoding.UTF8.GetBytes(subject), set, strict: false);
        Assert.Equal(SubjectWalk.Fail(WalkProblem.NumberNotCanonical, at), walk);
    }

    private static List<(string Pointer, string Path)> Walk(string subject)
    {
        var set = LeafSet.Rent();
        Assert.True(SubjectWalker.Walk(Encoding.UTF8.GetBytes(subject), set, strict: false).Succeeded);
        return [.. Enumerable.Range(0, set.Count).Select(i => (set.Pointers[i], Encoding.UTF8.GetString(set.Path(i))))];
    }
}
