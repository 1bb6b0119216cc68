using System.Text;
using System.Text.Json;
using CredChain.Core.Documents;
using CredChain.Core.Hashing;
using CredChain.Core.Issuing;
using CredChain.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CredChain.Core.Tests.Issuing;

/// <summary>
/// <see cref="CredentialFactory.IssueTransient"/> writes the bytes <c>Create</c> writes, into the thread's buffers, and
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
