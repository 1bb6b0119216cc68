using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CredChain.Core.Documents;
using CredChain.EndToEnd.Tests.Infrastructure;
using CredChain.EndToEnd.Tests.Json;

namespace CredChain.EndToEnd.Tests.Attacks;

/// <summary>
/// Core's <see cref="CredentialLimits"/> on both sides: what the issuing API issues at a limit verifies as valid on
/// the portal, one byte or one level more is refused by the issuing API with its row code and field, and the portal
/// reads any document up to <see cref="CredentialLimits.MaxDocumentBytes"/> (one byte more is a 413).
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class LimitTests(EndToEndFixture system)
{
    private async Task<string> IssueAndFetchAsync(JsonObject subject)
    {
        var id = await system.IssuingA.IssueAsync(system.South, Subjects.Request(subject));
        return (await system.IssuingA.WaitForAnchoredAsync(system.South, id)).Document;
    }

    private async Task<string> RefusalAsync(JsonObject subject)
    {
        using var response = await system.IssuingA.PostCredentialAsync(system.South, Subjects.Request(subject));
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var errors = problem.TryGetProperty("errors", out var list)
            ? string.Join("; ", list.EnumerateArray().Select(e => $"row {e.GetProperty("row").GetInt32()} {e.GetProperty("code").GetString()} {e.GetProperty("field").GetString()}"))
            : "";
        return $"{(int)response.StatusCode} {problem.GetProperty("code").GetString()}: {errors}";
    }

    private static JsonObject Small(string key, JsonNode value) => new() { ["id"] = "did:example:limits", [key] = value };

    /// <summary>Objects nested <paramref name="levels"/> deep under the subject, each holding the next as "n", the last a scalar.</summary>
    private static JsonObject Nested(int levels)
    {
        JsonNode inner = JsonValue.Create("deepest")!;
        for (var i = 0; i < levels; i++)
        {
            inner = new JsonObject { ["n"] = inner };
        }

        return Small("nested", inner);
    }

    [Fact]
    public async Task CredentialWithA1400CharacterChineseCourseDescription_IsIssuedAnchoredAndValid()
    {
        var description = string.Concat(Enumerable.Repeat("本课程介绍分布式账本与可验证凭证的基本原理。", 70))[..1400];
        Assert.Equal(1400, description.Length);
        var subject = Subjects.Subject("long", 1);
        subject["courses"]![0]!["description"] = description;

        var document = await IssueAndFetchAsync(subject);

        Assert.Equal(description, CredentialDocument.Parse(Encoding.UTF8.GetBytes(document)).Credential.Subject.GetProperty("courses")[0].GetProperty("description").GetString());
        Assert.Equal(Verdicts.Expect("valid"), Verdicts.Of(await system.Portal.VerifyAsync(document)));
    }

    [Fact]
    public async Task StringOfExactlyMaxStringBytes_IsIssuedAndValid_AndOneByteMoreIsRefusedWithItsPath()
    {
        var atLimit = new string('课', CredentialLimits.MaxStringBytes / 3) + new string('a', CredentialLimits.MaxStringBytes % 3);
        Assert.Equal(CredentialLimits.MaxStringBytes, Encoding.UTF8.GetByteCount(atLimit));

        var document = await IssueAndFetchAsync(Small("description", atLimit));

        Assert.Equal(Verdicts.Expect("valid"), Verdicts.Of(await system.Portal.VerifyAsync(document)));
        Assert.Equal("400 validation_failed: row 1 value_too_long /credentialSubject/description", await RefusalAsync(Small("description", atLimit + "a")));
    }

    [Fact]
    public async Task NestingAtExactlyMaxDepth_IsIssuedAndValid_AndOneLevelMoreIsRefusedWithItsPath()
    {
        // The root object is depth 1 and the subject 2, so 14 objects below the subject reach MaxDepth (16).
        var levels = CredentialLimits.MaxDepth - 2;

        var document = await IssueAndFetchAsync(Nested(levels));

        Assert.Equal(Verdicts.Expect("valid"), Verdicts.Of(await system.Portal.VerifyAsync(document)));
        var tooDeep = "/credentialSubject/nested" + string.Concat(Enumerable.Repeat("/n", levels));
        Assert.Equal($"400 validation_failed: row 1 too_deep {tooDeep}", await RefusalAsync(Nested(levels + 1)));
    }

    [Fact]
    public async Task DocumentOfExactlyMaxDocumentBytes_GetsAVerdict_AndOneByteMoreIs413()
    {
        // A real anchored document, pretty-printed with every non-ASCII character escaped, then padded with whitespace.
        var source = system.Documents.First(d => d.Expected == "valid" && !d.IsHidden);
        var escaped = JWriter.Write(JTree.Parse(source.Json), new JFormat(Indent: "  ", NewLine: "\r\n", Escape: JEscape.All));
        var padding = CredentialLimits.MaxDocumentBytes - Encoding.UTF8.GetByteCount(escaped);
        Assert.True(padding > 0, $"The escaped document is already {Encoding.UTF8.GetByteCount(escaped)} bytes.");
        var atLimit = Encoding.UTF8.GetBytes(escaped + new string(' ', padding));
        var overLimit = Encoding.UTF8.GetBytes(escaped + new string(' ', padding + 1));

        var verdict = await system.Portal.VerifyAsync(atLimit);
        var refused = await system.Portal.VerifyAsync(overLimit);

        Assert.Equal(CredentialLimits.MaxDocumentBytes, atLimit.Length);
        Assert.Equal(Verdicts.Expect("valid"), Verdicts.Of(verdict));
        Assert.Equal((413, "http413/request.too_large"), (refused.HttpStatus, refused.Brief));
    }

    [Fact]
    public async Task UploadRowsBeyondTheLimits_AreRefusedWithTheirRowCodeAndField()
    {
        var atLimit = new string('a', CredentialLimits.MaxStringBytes);
        var lines = new[]
        {
            Subjects.Request(Small("ok", "fine")),
            Subjects.Request(Small("description", atLimit + "b")),
            Subjects.Request(Nested(CredentialLimits.MaxDepth - 1)),
            Subjects.Request(Small("examId", JsonNode.Parse("20230000000000001")!)),
        };

        using var response = await system.IssuingA.PostUploadAsync(system.South, lines);
        var problem = await ProblemAssert.HasAsync(response, HttpStatusCode.BadRequest, "import_rejected");
        Assert.Equal(
            [
                "2 value_too_long /credentialSubject/description",
                "3 too_deep /credentialSubject/nested" + string.Concat(Enumerable.Repeat("/n", CredentialLimits.MaxDepth - 2)),
                "4 inexact_number /credentialSubject/examId",
            ],
            problem.GetProperty("errors").EnumerateArray().Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.GetProperty("row").GetInt32()} {e.GetProperty("code").GetString()} {e.GetProperty("field").GetString()}")));
    }
}
