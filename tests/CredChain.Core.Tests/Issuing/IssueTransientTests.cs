using System.Text;
using System.Text.Json;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Issuing;
using CredChain.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CredChain.Core.Tests.Issuing;

/// <summary>
/// <c>IssueTransient</c>, one draft or a group, writes the bytes <c>Create</c> writes, into the thread's buffers, and
/// its <see cref="IssuedLayout"/> points at exactly the id, the subject, every salt and the targetHash.
/// </summary>
public sealed class IssueTransientTests
{
    private static CredentialFactory Factory(ulong seed) => new(new FakeTimeProvider(Samples.IssuedAt), new DeterministicRandom(seed));

    private static readonly string[] Subjects =
    [
        Samples.SubjectJson,
        """{"name":"张伟 😀","note":"a<b & 'c' \"d\" \\ / \u0001\t\n","plus":"+1"}""",
        """{"n":[1.50,-0,2e3,1E-7],"b":[true,false,null],"deep":{"a":{"b":{"c":"d"}}}}""",
        """{"\u00e9t\u00e9":"\u5f20\u4f1f","~/key":"x","a/b":{"c~d":[["x"],{"y":1}]},"proof":{"type":"x"}}""",
    ];

    [Fact]
    public void IssueTransient_RunOfDrafts_WritesCreatesBytesAndLayouts_EvenAfterARefusedDraft()
    {
        var creating = Factory(5);
        var issuing = Factory(5);
        foreach (var subject in Subjects.Concat(Subjects.Reverse()))
        {
            var draft = Samples.Draft(Samples.Json(subject));
            var expected = creating.Create(draft).ToUtf8Bytes();
            var issued = issuing.IssueTransient(draft);

            Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(issued.Utf8Json.Span));
            AssertLayout(issued, CredentialDocument.Parse(expected));

            // A draft refused half-way through writing (by another factory: the buffers are the thread's) leaves
            // nothing behind in the thread's writers.
            Assert.Throws<CredentialFormatException>(() => Factory(9).IssueTransient(Samples.Draft(Samples.Json("""{"a":"x","b":{}}"""))));
        }
    }

    [Fact]
    public void IssueTransient_GroupsOfOneToFour_WriteTheBytesOfSingleCalls_AndARefusedDraftFailsAlone()
    {
        var refused = Samples.Draft(Samples.Json("""{"a":"x","b":{}}"""));
        var drafts = Subjects.Select(s => Samples.Draft(Samples.Json(s))).ToArray();
        var creating = Factory(5);
        var grouping = Factory(5);
        for (var size = 1; size <= CredentialFactory.MaxGroup; size++)
        {
            for (var refusedAt = -1; refusedAt < size; refusedAt++)
            {
                var group = Enumerable.Range(0, size).Select(i => i == refusedAt ? refused : drafts[(i + size) % drafts.Length]).ToArray();

                // One by one, the same ids and salts are drawn in the same order (a refused draft draws its id only).
                var expected = group.Select(draft => draft == refused
                    ? Assert.Throws<CredentialFormatException>(() => creating.Create(draft)).Error.ToString()
                    : Encoding.UTF8.GetString(creating.Create(draft).ToUtf8Bytes())).ToArray();
                var outcomes = new IssueOutcome[size];
                grouping.IssueTransient(group, outcomes);

                // Checked once the whole group is written: each document has a buffer of its own.
                for (var i = 0; i < size; i++)
                {
                    if (i == refusedAt)
                    {
                        Assert.Null(outcomes[i].Credential);
                        Assert.Equal((expected[i], "/credentialSubject/b"), (outcomes[i].Error!.Error.ToString(), outcomes[i].Error!.Path));
                        continue;
                    }

                    Assert.Null(outcomes[i].Error);
                    var issued = outcomes[i].Credential!;
                    Assert.Equal(expected[i], Encoding.UTF8.GetString(issued.Utf8Json.Span));
                    AssertLayout(issued, CredentialDocument.Parse(Encoding.UTF8.GetBytes(expected[i])));
                }
            }
        }
    }

    [Fact]
    public void IssueTransient_MoreThanFourDraftsOrTooFewOutcomes_Throws()
    {
        var draft = Samples.Draft();
        var factory = Factory(1);
        Assert.Throws<ArgumentOutOfRangeException>(() => factory.IssueTransient(Enumerable.Repeat(draft, CredentialFactory.MaxGroup + 1).ToArray(), new IssueOutcome[CredentialFactory.MaxGroup + 1]));
        Assert.Throws<ArgumentException>(() => factory.IssueTransient([draft, draft], new IssueOutcome[1]));
        Assert.Throws<ArgumentException>(() => factory.IssueTransient([draft, null!], new IssueOutcome[2]));
    }

    private static void AssertLayout(IssuedCredential issued, CredentialDocument document)
    {
        var bytes = issued.Utf8Json.ToArray();
        var layout = issued.Layout!;
        string Text(int start, int length) => Encoding.UTF8.GetString(bytes, start, length);

        Assert.Equal(issued.Id.ToString("D"), Text(layout.IdStart, IssuedLayout.IdLength));
        using var subject = JsonDocument.Parse(bytes.AsMemory(layout.SubjectStart..layout.SubjectEnd));
        Assert.Equal(document.Credential.Subject.GetRawText(), subject.RootElement.GetRawText());
        Assert.Equal(document.Proof.Salts.Values.Select(s => s.ToString()), layout.ValueStarts.Take(layout.SaltCount).Select(s => Text(s, Salt.HexLength)));
        Assert.Equal(document.Proof.Salts.Values.Select(s => s.ToString()), issued.Salts!.Select(s => s.ToString()));
        Assert.Equal(issued.TargetHash.ToString(), Text(layout.ValueStarts[^1], Hash32.HexLength));
    }
}
