using System.Net;
using System.Text;

namespace CredChain.Bench.Cohort;

/// <summary>
/// An NDJSON (or CSV) body of <c>count</c> typical certificates, generated while it is sent (the client never holds it
/// whole). Both formats give the service the same credentials.
/// </summary>
internal sealed class CohortContent : HttpContent
{
    /// <summary>The CSV header: the same members as <see cref="Row"/>, through the upload's column mapping.</summary>
    public const string CsvHeader = "type,validFrom,id,name.zh,name.en,birthDate,degree.type,degree.name.zh,degree.name.en,major,gpa:number,graduationDate,university,studentNumber";

    private readonly int _count;
    private readonly int _first;
    private readonly bool _csv;

    /// <param name="count">How many rows.</param>
    /// <param name="first">The number of the first row (students are numbered from it, so that cohorts do not repeat ids).</param>
    /// <param name="csv">Send CSV (with CRLF line ends, as spreadsheets write it) instead of NDJSON.</param>
    public CohortContent(int count, int first = 1, bool csv = false)
    {
        _count = count;
        _first = first;
        _csv = csv;
        Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(csv ? "text/csv" : "application/x-ndjson");
    }

    public static string Row(int i) =>
        $$$"""{"type":["UniversityDegreeCredential"],"validFrom":"2026-07-01T00:00:00Z","credentialSubject":{"id":"urn:cn:student:2026{{{i:D7}}}","name":{"zh":"学生{{{i}}}","en":"Student {{{i}}}"},"birthDate":"2004-03-{{{i % 28 + 1:D2}}}","degree":{"type":"BachelorDegree","name":{"zh":"计算机科学与技术学士","en":"Bachelor of Computer Science"}},"major":"Computer Science","gpa":{{{3 + i % 10 / 10.0:0.0}}},"graduationDate":"2026-06-30","university":"Demo University","studentNumber":"2026{{{i:D7}}}"}}""";

    /// <summary>The CSV row of the same credential as <see cref="Row"/>.</summary>
    public static string CsvRow(int i) =>
        $"UniversityDegreeCredential,2026-07-01T00:00:00Z,urn:cn:student:2026{i:D7},学生{i},Student {i},2004-03-{i % 28 + 1:D2},BachelorDegree,计算机科学与技术学士,\"Bachelor of Computer Science\",Computer Science,{3 + i % 10 / 10.0:0.0},2026-06-30,Demo University,2026{i:D7}";

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var buffer = new StringBuilder(256 * 1024);
        var last = _first + _count - 1;
        if (_csv)
        {
            buffer.Append(CsvHeader).Append("\r\n");
        }

        for (var i = _first; i <= last; i++)
        {
            buffer.Append(_csv ? CsvRow(i) : Row(i)).Append(_csv ? "\r\n" : "\n");
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
