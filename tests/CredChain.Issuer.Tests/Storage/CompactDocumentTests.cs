using System.Security.Cryptography;
using System.Text.Json;
using CredChain.Core.Documents;
using CredChain.Core.Issuing;
using CredChain.Issuer.Storage;

namespace CredChain.Issuer.Tests.Storage;

/// <summary>
/// The compact stored form (a batch template plus each credential's subject and salts) gives back, byte for byte, the
/// document the factory issued — the bytes the service stored whole before — for every kind of content.
/// </summary>
public sealed class CompactDocumentTests
{
    private static readonly IssuerRef Issuer = IssuerRef.ForAccount(1337, "0x" + new string('a', 40), "Test University <A> \"东\"");

    private static readonly CredentialFactory Factory = new(TimeProvider.System, RandomNumberGenerator.Create());

    public static TheoryData<string> Subjects =>
    [
        """{"id":"urn:cn:student:1","name":{"zh":"学生1","en":"Student 1"},"gpa":3.5,"graduated":true}""",
        """{"list":[1,2,{"a":null}],"empty":"","esc":"<tag> & \"quote\" \\ \u2028 \ud83d\ude00","big":1e21}""",
        """{"a/b":{"c~d":"pointer escapes"},"\u00e9":"é","proof":{"type":"not the proof"},"credentialSubject":"x"}""",
        """{"deep":{"deeper":{"deepest":["x","y","z"]}},"n":-0.000001}""",
    ];

    [Theory]
    [MemberData(nameof(Subjects))]
    public void CompactThenExpand_GivesTheIssuedBytes(string subject)
    {
        var set = new TemplateSet();
        var issued = Issue(subject, validUntil: new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.True(set.TryCompact(issued, out var templateId, out var payload));

        var template = DocumentTemplate.FromBytes(Assert.Single(set.Records(Guid.Empty)).Template);
        Assert.Equal(issued.Utf8Json.ToArray(), Expand(template, issued, payload));
        Assert.Equal(templateId, set.Records(Guid.Empty).Single().Id);
    }

    [Fact]
    public void ABatchOfOneShape_SharesOneTemplate_AndEachDocumentComesBackExactly()
    {
        var set = new TemplateSet();
        var issued = Enumerable.Range(0, 200)
            .Select(i => Issue($$"""{"id":"urn:student:{{i}}","name":{"zh":"学生{{i}}","en":"Student {{i}}"},"gpa":{{i % 40 / 10.0}}}"""))
            .ToList();
        var compact = issued.Select(c => set.TryCompact(c, out var id, out var payload) ? (id, payload) : throw new InvalidOperationException("not compacted")).ToList();

        var record = Assert.Single(set.Records(Guid.Empty));
        var template = DocumentTemplate.FromBytes(record.Template);
        Assert.All(compact, c => Assert.Equal(record.Id, c.id));
        Assert.Equal(issued.Select(c => c.Utf8Json.ToArray()), issued.Select((c, i) => Expand(template, c, compact[i].payload)));
        // Per credential only its subject and 16 bytes per salt remain.
        Assert.All(issued.Zip(compact), p => Assert.Equal(p.First.Layout!.SubjectEnd - p.First.Layout.SubjectStart + (4 * Salt.Size), p.Second.payload.Length));
    }

    [Fact]
    public void ShapesAndEnvelopes_EachGetTheirTemplate_UpToTheLimit_ThenDocumentsStayWhole()
    {
        var set = new TemplateSet();
        var results = new List<bool>();
        for (var i = 0; i < TemplateSet.MaxTemplates + 2; i++)
        {
            // A different member name is a different salt path: a different template.
            results.Add(set.TryCompact(Issue($$"""{"field{{i}}":"v"}"""), out _, out _));
        }

        Assert.Equal([.. Enumerable.Repeat(true, TemplateSet.MaxTemplates), false, false], results);
        Assert.True(set.TryCompact(Issue("""{"field3":"other value"}"""), out _, out _));
        Assert.Equal(TemplateSet.MaxTemplates, set.Records(Guid.Empty).Count());
    }

    [Fact]
    public void TheSameShape_OnAnotherEnvelope_IsAnotherTemplate()
    {
        var set = new TemplateSet();
        Assert.True(set.TryCompact(Issue("""{"a":"1"}"""), out var first, out _));
        Assert.True(set.TryCompact(Issue("""{"a":"2"}""", validUntil: DateTimeOffset.UnixEpoch.AddYears(70)), out var second, out _));
        Assert.True(set.TryCompact(Issue("""{"a":"3"}"""), out var third, out _));

        Assert.NotEqual(first, second);
        Assert.Equal(first, third);
    }

    [Fact]
    public void ADocumentWithoutLayout_IsNotCompacted()
    {
        var issued = Issue("""{"a":"1"}""");
        Assert.False(new TemplateSet().TryCompact(issued with { Layout = null }, out _, out _));
        Assert.Null(CompactDocument.TryCreate(issued with { Id = Guid.CreateVersion7() }));
    }

    [Fact]
    public void ADocumentWithoutItsSalts_IsNotCompacted()
    {
        var issued = Issue("""{"a":"1","b":"2"}""");

        Assert.Equal(
            (true, false, false),
            (CompactDocument.TryCreate(issued) is not null, CompactDocument.TryCreate(issued with { Salts = null }) is not null, CompactDocument.TryCreate(issued with { Salts = [issued.Salts![0]] }) is not null));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 2, 4, 0, 0, 0 })]
    [InlineData(new byte[] { 1, 5, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 42 })]
    [InlineData(new byte[] { 1, 4, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 42 })]
    public void FromBytes_RefusesWhatIsNotATemplate(byte[] bytes) =>
        Assert.Throws<InvalidOperationException>(() => DocumentTemplate.FromBytes(bytes));

    private static IssuedCredential Issue(string subject, DateTimeOffset? validUntil = null)
    {
        using var json = JsonDocument.Parse(subject);
        var draft = new CredentialDraft(Issuer, ["UniversityDegreeCredential"], json.RootElement, new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero), validUntil)
        {
            AdditionalContexts = ["https://example.org/context/v1"],
        };
        return Factory.Issue(draft);
    }

    private static byte[] Expand(DocumentTemplate template, IssuedCredential issued, byte[] payload)
    {
        var document = new byte[template.DocumentLength(payload.Length)];
        template.Expand(issued.Id, issued.TargetHash.ToByteArray(), payload, document);
        return document;
    }
}
