using System.Net;
using System.Text;

namespace CredChain.Bench.Cohort;

/// <summary>An NDJSON body of <c>count</c> typical certificates, generated while it is sent (the client never holds it whole).</summary>
internal sealed class CohortContent : HttpContent
{
    private readonly int _count;
    private readonly int _first;

    /// <param name="count">How many rows.</param>
    /// <param name="first">The number of the first row (students are numbered from it, so that cohorts do not repeat ids).</param>
    public CohortContent(int count, int first = 1)
    {
        _count = count;
        _first = first;
        Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-ndjson");
    }

    public static string Row(int i) =>
        $$$"""{"type":["UniversityDegreeCredential"],"validFrom":"2026-07-01T00:00:00Z","credentialSubject":{"id":"urn:cn:student:2026{{{i:D7}}}","name":{"zh":"学生{{{i}}}","en":"Student {{{i}}}"},"birthDate":"2004-03-{{{i % 28 + 1:D2}}}","degree":{"type":"BachelorDegree","name":{"zh":"计算机科学与技术学士","en":"Bachelor of Computer Science"}},"major":"Computer Science","gpa":{{{3 + i % 10 / 10.0:0.0}}},"graduationDate":"2026-06-30","university":"Demo University","studentNumber":"2026{{{i:D7}}}"}}""";

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var buffer = new StringBuilder(256 * 1024);
        var last = _first + _count - 1;
        for (var i = _first; i <= last; i++)
        {
            buffer.Append(Row(i)).Append('\n');
            if (buffer.Length >= 200 * 1024 || i == last)
            {
                await stream.WriteAsync(Encoding.UTF8.GetBytes(buffer.ToString()));
                buffer.Clear();
            }
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
