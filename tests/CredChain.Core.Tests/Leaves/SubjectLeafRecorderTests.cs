using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CredChain.Core.Issuing;
using CredChain.Core.Leaves;
using CredChain.Core.Tests.Properties;
using CredChain.Core.Tests.Support;
using CsCheck;

namespace CredChain.Core.Tests.Leaves;

/// <summary>
/// The leaves the draft writer records as it writes a subject are the leaves the strict walker finds in the written
/// bytes, pointer for pointer, path for path and value for value; what the recorder does not take, it says so.
/// </summary>
public sealed class SubjectLeafRecorderTests
{
    private static readonly Guid Id = Guid.Parse("0197a5c2-8b00-7abc-8def-0123456789ab");

    // Non-ASCII text and HTML-sensitive characters stay unescaped, as an upload's lines usually carry them; quotes,
    // backslashes and controls are still escaped.
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    [InlineData("""{"id":"urn:cn:student:1","name":{"zh":"学生1","en":"Student 1"},"gpa":3.5}""")]
    [InlineData("""{"n":[1.50,-0,2e3,1E-7,123456789012],"b":[true,false,null]}""")]
    [InlineData("""{"a":[[1,[2,3]],{"b":[{"c":"d"}]}],"e":{"f":{"g":{"h":"i"}}}}""")]
    [InlineData("""{"html":"<a href='x'>&amp;</a>","emoji":"😀 𝄞","spaces in name":"v","":"empty name"}""")]
    public void PlainSubject_RecordsWhatTheWalkerFinds(string subject)
    {
        var (recorded, walked) = RecordAndWalk(JsonDocument.Parse(subject).RootElement);
        Assert.NotNull(recorded);
        Assert.Equal(walked, recorded);
    }

    [Theory]
    [InlineData("""{"a":"\u00e9"}""")]
    [InlineData("""{"\u0061":1}""")]
    [InlineData("""{"a\"b":1}""")]
    [InlineData("""{"a/b":1}""")]
    [InlineData("""{"a~b":{"c":1}}""")]
    [InlineData("""{"x":{"a":"1","a":"2"}}""")]
    public void EscapedOrPointerSpecialOrRepeatedName_IsLeftToTheWalker(string subject)
    {
        var set = LeafSet.Rent();
        DraftWriter.Write(Samples.Draft(JsonDocument.Parse(subject).RootElement), Id, set.ArrayLengths, recorder: set.Recorder);
        Assert.True(set.Recorder.Failed);
    }

    [Fact]
    public void AnySubject_RecordedWhenPlain_IsWhatTheWalkerFinds()
    {
        var recordedCount = 0;
        JsonGen.Subject.Sample(
            subject =>
            {
                var unescaped = JsonDocument.Parse(JsonSerializer.Serialize(subject, Unescaped)).RootElement;
                var (recorded, walked) = RecordAndWalk(unescaped);
                if (recorded is not null)
                {
                    recordedCount++;
                    Assert.Equal(walked, recorded);
                }
            },
            iter: 500,
            threads: 1);

        // The generator draws quotes, backslashes, controls, '~' and '/' often (those subjects are left to the walker);
        // still, about a fifth go the plain way.
        Assert.True(recordedCount > 50, $"only {recordedCount} of 500 subjects were recorded");
    }

    /// <summary>The recorder's leaves (null when it gave up) and the strict walker's over the written subject.</summary>
    private static (string? Recorded, string Walked) RecordAndWalk(JsonElement subject)
    {
        var set = LeafSet.Rent();
        var written = DraftWriter.Write(Samples.Draft(subject), Id, set.ArrayLengths, recorder: set.Recorder);
        var recorded = set.Recorder.Failed ? null : Describe(set);
        set.ClearLeaves();
        Assert.True(SubjectWalker.Walk(written.Subject, set, strict: true, arrayLengthsKnown: true).Succeeded);
        return (recorded, Describe(set));
    }

    private static string Describe(LeafSet set)
    {
        var text = new StringBuilder();
        for (var i = 0; i < set.Count; i++)
        {
            text.Append(set.Pointers[i]).Append(" | ")
                .Append(Encoding.UTF8.GetString(set.Path(i))).Append(" | ")
                .Append(Encoding.UTF8.GetString(set.Value(i))).Append('\n');
        }

        return text.ToString();
    }
}
