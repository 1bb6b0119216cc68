using System.Text;
using System.Text.Json;
using CredChain.Core.Documents;
using CredChain.Core.Issuing;
using CredChain.Core.Tests.Properties;
using CredChain.Core.Tests.Support;
using CsCheck;
using Microsoft.Extensions.Time.Testing;

namespace CredChain.Core.Tests.Issuing;

/// <summary><see cref="CredentialFactory.Issue(CredentialDraft, Guid)"/> is a faster route to the bytes of <c>Create(draft, id).ToUtf8Bytes()</c>.</summary>
public sealed class IssueTests
{
    private static readonly Guid Id = Guid.Parse("0197a5c2-8b00-7abc-8def-0123456789ab");

    private static CredentialFactory Factory(ulong seed) => new(new FakeTimeProvider(Samples.IssuedAt), new DeterministicRandom(seed));

    private static void AssertSameAsCreate(CredentialDraft draft, ulong seed = 7)
    {
        var expected = Factory(seed).Create(draft, Id);

        var issued = Factory(seed).Issue(draft, Id);

        Assert.Equal(Encoding.UTF8.GetString(expected.ToUtf8Bytes()), Encoding.UTF8.GetString(issued.Utf8Json.Span));
        Assert.Equal((expected.Credential.Uuid, expected.Proof.TargetHash), (issued.Id, issued.TargetHash));
    }

    public static TheoryData<string> Subjects() =>
    [
        Samples.SubjectJson,
        """{"name":"张伟 😀","note":"a<b & 'c' \"d\" \\ / \u0001\t\n","plus":"+1"}""",
        """{"n":[1.50,-0,2e3,1E-7,12345678901234567000,9007199254740992,0.1],"b":[true,false,null],"deep":{"a":{"b":{"c":"d"}}}}""",
        """{"\u00e9t\u00e9":"\u5f20\u4f1f","~/key":"x","a/b":{"c~d":[["x"],{"y":1}]}}""",
    ];

    [Theory]
    [MemberData(nameof(Subjects))]
    public void Issue_Subject_WritesTheBytesOfCreate(string subject) =>
        AssertSameAsCreate(Samples.Draft(Samples.Json(subject)));

    [Fact]
    public void Issue_DraftWithValidUntilTypesAndContexts_WritesTheBytesOfCreate() =>
        AssertSameAsCreate(Samples.Draft() with
        {
            Types = ["UniversityDegreeCredential", "VerifiableCredential", "UniversityDegreeCredential"],
            ValidUntil = Samples.IssuedAt.AddYears(10),
            AdditionalContexts = ["https://example.edu/contexts/degree/v1"],
        });

    [Fact]
    public void Issue_AnySubject_WritesTheBytesOfCreate()
    {
        JsonGen.Subject.Sample(subject => AssertSameAsCreate(Samples.Draft(subject)), iter: 300);
    }

    [Fact]
    public void Issue_ManyCredentialsFromOneFactory_DrawsTheSaltsCreateDraws()
    {
        // Issue takes exactly the random bytes Create takes, credential after credential, so a whole run of issues
        // from one generator gives the documents Create gives from its twin.
        var creating = Factory(11);
        var issuing = Factory(11);
        var drafts = ((IEnumerable<object[]>)Subjects()).Select(row => Samples.Draft(Samples.Json((string)row[0]))).ToArray();

        var expected = drafts.Select(d => Encoding.UTF8.GetString(creating.Create(d).ToUtf8Bytes())).ToArray();
        var actual = drafts.Select(d => Encoding.UTF8.GetString(issuing.Issue(d).Utf8Json.Span)).ToArray();

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("""{"a":{}}""", CredentialFormatError.EmptyContainer)]
    [InlineData("""{"a":[1,[]]}""", CredentialFormatError.EmptyContainer)]
    [InlineData("""{"a":1,"a":2}""", CredentialFormatError.DuplicateKey)]
    [InlineData("""{"a":{"x":1},"a":{"y":2}}""", CredentialFormatError.DuplicateKey)]
    public void Issue_SubjectTheFormatRefuses_FailsAsCreateDoes(string subject, CredentialFormatError expected)
    {
        var element = JsonDocument.Parse(subject, new JsonDocumentOptions { AllowDuplicateProperties = true }).RootElement;
        var draft = Samples.Draft(element);
        var fromCreate = Assert.Throws<CredentialFormatException>(() => Factory(1).Create(draft, Id));

        var fromIssue = Assert.Throws<CredentialFormatException>(() => Factory(1).Issue(draft, Id));

        Assert.Equal((expected, fromCreate.Path, fromCreate.Message), (fromIssue.Error, fromIssue.Path, fromIssue.Message));
    }

    [Theory]
    [InlineData("""{"name":"\ud800"}""")]
    [InlineData("""{"name":"a\udc00b"}""")]
    [InlineData("""{"\ud800":"x"}""")]
    public void IssueAndCreate_LoneSurrogateEscape_FailWithAFormatError(string subject)
    {
        var draft = Samples.Draft(JsonDocument.Parse(subject).RootElement);

        var fromCreate = Assert.Throws<CredentialFormatException>(() => Factory(1).Create(draft, Id));
        var fromIssue = Assert.Throws<CredentialFormatException>(() => Factory(1).Issue(draft, Id));

        Assert.Equal((fromCreate.Error, fromCreate.Path, fromCreate.Message), (fromIssue.Error, fromIssue.Path, fromIssue.Message));
    }

    [Fact]
    public void Issue_SubjectNestedTooDeep_FailsAsCreateDoes()
    {
        var subject = string.Concat(Enumerable.Repeat("{\"a\":", 32)) + "1" + new string('}', 32);
        var draft = Samples.Draft(JsonDocument.Parse(subject, new JsonDocumentOptions { MaxDepth = 64 }).RootElement);
        var fromCreate = Assert.Throws<CredentialFormatException>(() => Factory(1).Create(draft, Id));

        var fromIssue = Assert.Throws<CredentialFormatException>(() => Factory(1).Issue(draft, Id));

        Assert.Equal((CredentialFormatError.TooDeep, fromCreate.Message), (fromIssue.Error, fromIssue.Message));
    }
}
