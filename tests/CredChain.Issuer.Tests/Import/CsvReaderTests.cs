using System.Text;
using System.Text.Json;
using CredChain.Issuer.Import;

namespace CredChain.Issuer.Tests.Import;

/// <summary>The CSV upload reader on its own: records (Sep), quoting, line numbers, limits and the column mapping.</summary>
public sealed class CsvReaderTests
{
    private const int Limit = 1024;

    [Fact]
    public async Task Read_BomCrlfQuotedCommasQuotesAndLineBreaks_GivesTheRequestsWithTheLineEachStartsOn()
    {
        var rows = await ReadAsync("\uFEFFid,note,gpa:number\r\n"
            + "urn:s:1,\"Zhang, San\",3.8\r\n"
            + "\r\n"
            + "urn:s:2,\"said \"\"hi\"\"\r\nover two lines\",4\r\n"
            + "urn:s:3,plain,\n");

        Assert.Equal(
            [
                (2, """{"id":"urn:s:1","note":"Zhang, San","gpa":3.8}"""),
                (4, """{"id":"urn:s:2","note":"said \"hi\"\nover two lines","gpa":4}"""),
                (6, """{"id":"urn:s:3","note":"plain"}"""),
            ],
            rows.Select(r => (r.Row, Subject(r))));
        Assert.All(rows, r => Assert.Empty(r.Errors));
    }

    [Fact]
    public async Task Read_CharactersAfterAClosingQuote_IsAnErrorOnItsLine_AndReadingGoesOn()
    {
        var rows = await ReadAsync("name\n\"A\"B\nC\n");

        Assert.Equal([(2, RowErrorCodes.MalformedCsv, CsvField.AfterClosingQuote)], rows[0].Errors.Select(e => (e.Row, e.Code, e.Message)));
        Assert.Null(rows[0].Request);
        Assert.Equal((3, """{"name":"C"}"""), (rows[1].Row, Subject(rows[1])));
        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public async Task Read_QuoteInsideAnUnquotedField_IsAnErrorOnItsLine()
    {
        // The stray quote opens a quoted section for the parser, so everything after it belongs to this one bad record.
        var rows = await ReadAsync("name\nA\"B\nC\n");

        Assert.Equal([(2, RowErrorCodes.MalformedCsv, CsvField.StrayQuote)], rows.SelectMany(r => r.Errors).Select(e => (e.Row, e.Code, e.Message)));
        Assert.Equal([2], rows.Select(r => r.Row));
    }

    [Fact]
    public async Task Read_UnterminatedQuote_IsAnErrorOnTheLineItOpens()
    {
        var rows = await ReadAsync("name\nA\n\"B\nC\n");

        Assert.Equal([(2, true), (3, false)], rows.Select(r => (r.Row, r.Errors.Count == 0)));
        Assert.Equal((3, RowErrorCodes.MalformedCsv, CsvField.Unterminated), (rows[1].Errors[0].Row, rows[1].Errors[0].Code, rows[1].Errors[0].Message));
    }

    [Fact]
    public async Task Read_RecordOverTheLimit_EndsTheUploadWithAnErrorOnItsFirstLine_WithoutBufferingTheRest()
    {
        var csv = "name\nA\n\"" + string.Concat(Enumerable.Repeat("x\n", 5_000)) + "\"\nB\n";

        var rows = await ReadAsync(csv);

        Assert.Equal([(3, RowErrorCodes.MalformedCsv, $"A record may hold at most {Limit} characters.")], rows.SelectMany(r => r.Errors).Select(e => (e.Row, e.Code, e.Message)));
        Assert.All(rows, r => Assert.Null(r.Request));
    }

    [Fact]
    public async Task Read_WrongFieldCount_NamesBothCounts()
    {
        var rows = await ReadAsync("name,extra\nA\n");

        Assert.Equal([(2, RowErrorCodes.MalformedCsv, "Expected 2 fields, found 1.")], rows.Single().Errors.Select(e => (e.Row, e.Code, e.Message)));
    }

    [Fact]
    public async Task Read_BadHeader_EndsTheUploadAtLineOne()
    {
        var rows = await ReadAsync("name,name\nA,B\n");

        Assert.Equal([(1, RowErrorCodes.InvalidHeader, "Column 'name' appears twice.")], rows.Single().Errors.Select(e => (e.Row, e.Code, e.Message)));
    }

    [Fact]
    public async Task Read_InvalidUtf8_EndsTheUploadWithInvalidUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("name\nAlice\nBob\n");
        bytes[^3] = 0xFF;

        var rows = await ReadAsync(bytes);

        Assert.Equal(RowErrorCodes.InvalidUtf8, rows[^1].Errors.Single().Code);
        Assert.Null(rows[^1].Request);
    }

    [Fact]
    public async Task Read_StreamsRecords_WithoutReadingTheWholeBodyFirst()
    {
        var csv = "name\n" + string.Concat(Enumerable.Range(0, 500_000).Select(i => $"Student {i}\n"));
        var body = new ReadCountingStream(Encoding.UTF8.GetBytes(csv));
        await using var rows = CsvReader.ReadAsync(body, Limit, CancellationToken.None).GetAsyncEnumerator();

        Assert.True(await rows.MoveNextAsync());

        Assert.Equal((2, """{"name":"Student 0"}"""), (rows.Current.Row, Subject(rows.Current)));
        Assert.InRange(body.BytesRead, 1, 1024 * 1024);
        Assert.True(body.Length > 6 * 1024 * 1024);
    }

    private static Task<List<ParsedRow>> ReadAsync(string csv) => ReadAsync(Encoding.UTF8.GetBytes(csv));

    private static async Task<List<ParsedRow>> ReadAsync(byte[] csv)
    {
        var rows = new List<ParsedRow>();
        await foreach (var row in CsvReader.ReadAsync(new MemoryStream(csv), Limit, CancellationToken.None))
        {
            rows.Add(row);
        }

        return rows;
    }

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Subject(ParsedRow row) => JsonSerializer.Serialize(row.Request!.CredentialSubject, Relaxed);
}
