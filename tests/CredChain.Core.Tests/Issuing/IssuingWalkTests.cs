using System.Text;
using System.Text.Json;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Issuing;
using CredChain.Core.Leaves;
using CredChain.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CredChain.Core.Tests.Issuing;

/// <summary>The walk hashes its leaf preimages four at a time: every leaf still gets the hash of its own preimage, in document order.</summary>
public sealed class IssuingWalkTests
{
    private static readonly Guid Id = Guid.Parse("0197a5c2-8b00-7abc-8def-0123456789ab");

    /// <summary>Value lengths whose preimages take one to six Keccak blocks.</summary>
    private static readonly int[] ValueLengths = [1, 60, 130, 200, 300, 700];

    private static JsonElement Subject(int leaves, int shift = 0) => JsonSerializer.SerializeToElement(
        Enumerable.Range(0, leaves).ToDictionary(i => $"f{i}", i => new string((char)('a' + (i % 26)), ValueLengths[(i + shift) % ValueLengths.Length])));

    private static void AssertEveryLeafHashesItsOwnPreimage(JsonElement subject)
    {
        var json = Encoding.UTF8.GetBytes(subject.GetRawText());
        var salts = new List<KeyValuePair<string, Salt>>();
        var hashes = new List<Hash32>();

        Assert.True(IssuingWalk.TryHashLeaves(json, new DeterministicRandom(3), salts, hashes));

        var values = LeafWalker.Collect(subject);
        Assert.Equal(values.Select(v => v.Path), salts.Select(s => s.Key));
        Assert.Equal(values.Select((v, i) => CredentialHashing.ComputeLeafHash(v.Path, salts[i].Value, v.Value)), hashes);
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
    public void TryHashLeaves_PreimagesOfMixedBlockCounts_HashEachLeafInOrder(int leaves, int shift) =>
        AssertEveryLeafHashesItsOwnPreimage(Subject(leaves, shift));

    [Fact]
    public void TryHashLeaves_MoreLeavesThanHashedOnTheStack_HashEachLeafInOrder() =>
        AssertEveryLeafHashesItsOwnPreimage(Subject(300));

    [Fact]
    public void TryHashLeaves_AfterAValueTooLargeToKeepTheBuffer_StillHashesEachLeaf()
    {
        AssertEveryLeafHashesItsOwnPreimage(JsonSerializer.SerializeToElement(new { big = new string('x', 100_000), small = 1 }));
        AssertEveryLeafHashesItsOwnPreimage(Subject(6));
    }

    [Fact]
    public void Issue_LeavesOfEveryBlockCount_WritesTheBytesOfCreate()
    {
        var draft = Samples.Draft(Subject(23, 1));
        var expected = new CredentialFactory(new FakeTimeProvider(Samples.IssuedAt), new DeterministicRandom(5)).Create(draft, Id);

        var issued = new CredentialFactory(new FakeTimeProvider(Samples.IssuedAt), new DeterministicRandom(5)).Issue(draft, Id);

        Assert.Equal(Encoding.UTF8.GetString(expected.ToUtf8Bytes()), Encoding.UTF8.GetString(issued.Utf8Json.Span));
        Assert.Equal(expected.Proof.TargetHash, issued.TargetHash);
    }
}
