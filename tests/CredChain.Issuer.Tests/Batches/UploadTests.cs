using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CredChain.Core.Documents;
using CredChain.Issuer.Tests.Infrastructure;

namespace CredChain.Issuer.Tests.Batches;

/// <summary>Bulk uploads with the chain unreachable: accepted whole as one pending batch, or rejected whole with row errors.</summary>
public sealed class UploadTests : IAsyncLifetime
{
    private readonly IssuerApiFactory _factory = new(new Dictionary<string, string?> { ["Uploads:MaxBodyBytes"] = "65536" });
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _factory.CreateClientFor([TestAccounts.AddressA], "registrar", "auditor");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    private Task<HttpResponseMessage> UploadAsync(string body, string contentType) => UploadAsync(Encoding.UTF8.GetBytes(body), contentType);

    private Task<HttpResponseMessage> UploadAsync(byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        return _client.PostAsync("/api/v1/batches", content);
    }

    private static string Row(int i) => $$$"""{"credentialSubject":{"id":"urn:student:{{{i}}}","name":"Student {{{i}}}"}}""";

    [Fact]
    public async Task Ndjson_AllRowsValid_Returns202AndStoresOnePendingBatch()
    {
        var body = string.Join("\r\n", Enumerable.Range(1, 25).Select(Row)) + "\n\n";
        var response = await UploadAsync(body, "application/x-ndjson");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = accepted.GetProperty("id").GetGuid();
        Assert.Equal(25, accepted.GetProperty("credentialCount").GetInt32());
        Assert.Equal($"/api/v1/batches/{id}", response.Headers.Location?.OriginalString);

        var batch = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/batches/{id}");
        Assert.Equal("pending", batch.GetProperty("state").GetString());
        Assert.Equal(25, batch.GetProperty("counts").GetProperty("pending").GetInt32());
        Assert.Equal(JsonValueKind.Null, batch.GetProperty("root").ValueKind);
        Assert.Equal((25, 1, 0), await StoreAssert.CountsAsync(_factory));

        var documents = (await _client.GetStringAsync($"/api/v1/batches/{id}/credentials")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(25, documents.Length);
        Assert.Equal(
            Enumerable.Range(1, 25).Select(i => $"urn:student:{i}").Order(),
            documents.Select(d => CredentialDocument.Parse(Encoding.UTF8.GetBytes(d)).Credential.Subject.GetProperty("id").GetString()).Order());
    }

    [Fact]
    public async Task Csv_MapsDottedColumnsIntoNestedSubjectFields()
    {
        const string csv = "id,name.zh,name.en,gpa:number,honours:boolean,validFrom,type\r\n"
            + "urn:student:1,张三,\"Zhang, San\",3.8,true,2026-07-01T00:00:00Z,UniversityDegreeCredential;BachelorDegree\r\n"
            + "urn:student:2,李四,Li Si,,false,2026-07-01T00:00:00+08:00,UniversityDegreeCredential\n";
        var response = await UploadAsync(csv, "text/csv");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var documents = (await _client.GetStringAsync($"/api/v1/batches/{id}/credentials"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => CredentialDocument.Parse(Encoding.UTF8.GetBytes(d)).Credential)
            .OrderBy(c => c.Subject.GetProperty("id").GetString())
            .ToList();

        Assert.Equal("""{"id":"urn:student:1","name":{"zh":"张三","en":"Zhang, San"},"gpa":3.8,"honours":true}""", Compact(documents[0].Subject));
        Assert.Equal("""{"id":"urn:student:2","name":{"zh":"李四","en":"Li Si"},"honours":false}""", Compact(documents[1].Subject));
        Assert.Equal(["VerifiableCredential", "UniversityDegreeCredential", "BachelorDegree"], documents[0].Types.ToArray());
        Assert.Equal(new DateTimeOffset(2026, 6, 30, 16, 0, 0, TimeSpan.Zero), documents[1].ValidFrom);
    }

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element, Relaxed);

    [Fact]
    public async Task Ndjson_WithBadRows_Returns400ListingEveryRowAndStoresNothing()
    {
        var lines = new[]
        {
            Row(1),
            "{\"credentialSubject\":{\"id\":\"urn:student:2\"}",
            Row(3),
            "{\"credentialSubject\":{\"a\":1},\"extra\":true}",
            "{\"credentialSubject\":{\"a\":1},\"validFrom\":\"yesterday\"}",
            Row(1),
            "42",
        };
        var response = await UploadAsync(string.Join('\n', lines), "application/x-ndjson");

        var problem = await ProblemAssert.HasAsync(response, HttpStatusCode.BadRequest, "import_rejected");
        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("code").GetString())).ToArray();
        Assert.Equal(
            [(2, "malformed_json"), (4, "unknown_field"), (5, "invalid_date"), (6, "duplicate_id"), (7, "not_an_object")],
            errors);
        Assert.Equal(5, problem.GetProperty("errorCount").GetInt32());
        Assert.False(problem.GetProperty("truncated").GetBoolean());
        Assert.Equal((0, 0, 0), await StoreAssert.CountsAsync(_factory));
    }

    [Fact]
    public async Task Ndjson_LoneSurrogateEscapes_Returns400AtThoseRowsAndStoresNothing()
    {
        // Valid JSON that is not text: System.Text.Json parses "\ud800" but cannot turn it into a string.
        var lines = new[]
        {
            Row(1),
            """{"credentialSubject":{"name":"\ud800"}}""",
            """{"credentialSubject":{"id":"urn:student:\udc00"}}""",
            Row(4),
        };
        var response = await UploadAsync(string.Join('\n', lines), "application/x-ndjson");

        var problem = await ProblemAssert.HasAsync(response, HttpStatusCode.BadRequest, "import_rejected");
        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("code").GetString())).ToArray();
        Assert.Equal([(2, "invalid_field"), (3, "invalid_field")], errors);
        Assert.Equal((0, 0, 0), await StoreAssert.CountsAsync(_factory));
    }

    // Several 2,048-row chunks, so that one chunk is hashed while the one before it is written.
    private const int ManyRows = 7_000;

    [Fact]
    public async Task Ndjson_SeveralChunks_StoresEveryRowExactlyOnce()
    {
        await using var factory = new IssuerApiFactory(new Dictionary<string, string?> { ["Uploads:MaxBodyBytes"] = "4194304" });
        using var client = factory.CreateClientFor([TestAccounts.AddressA], "registrar", "auditor");
        using var content = new StringContent(string.Join('\n', Enumerable.Range(1, ManyRows).Select(Row)), Encoding.UTF8, "application/x-ndjson");

        var response = await client.PostAsync("/api/v1/batches", content);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal((ManyRows, 1, 0), await StoreAssert.CountsAsync(factory));
        var documents = (await client.GetStringAsync($"/api/v1/batches/{id}/credentials")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            Enumerable.Range(1, ManyRows).Select(i => $"urn:student:{i}").Order(StringComparer.Ordinal),
            documents.Select(d => CredentialDocument.Parse(Encoding.UTF8.GetBytes(d)).Credential.Subject.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Ndjson_SeveralChunksWithOneRowCoreRefusesInTheLast_Returns400WithThatRowAndStoresNothing()
    {
        await using var factory = new IssuerApiFactory(new Dictionary<string, string?> { ["Uploads:MaxBodyBytes"] = "4194304" });
        using var client = factory.CreateClientFor([TestAccounts.AddressA], "registrar", "auditor");
        var rows = Enumerable.Range(1, ManyRows).Select(i => i == 6_500 ? """{"credentialSubject":{"id":"urn:student:6500","empty":{}}}""" : Row(i));
        using var content = new StringContent(string.Join('\n', rows), Encoding.UTF8, "application/x-ndjson");

        var problem = await ProblemAssert.HasAsync(await client.PostAsync("/api/v1/batches", content), HttpStatusCode.BadRequest, "import_rejected");

        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("code").GetString())).ToArray();
        Assert.Equal([(6_500, "invalid_field")], errors);
        Assert.Equal((0, 0, 0), await StoreAssert.CountsAsync(factory));
    }

    [Fact]
    public async Task Ndjson_DuplicateSubjectIdsInDifferentChunks_Returns400AtEachLaterRowAndStoresNothing()
    {
        await using var factory = new IssuerApiFactory(new Dictionary<string, string?> { ["Uploads:MaxBodyBytes"] = "4194304" });
        using var client = factory.CreateClientFor([TestAccounts.AddressA], "registrar", "auditor");
        var rows = Enumerable.Range(1, ManyRows).Select(i => i switch
        {
            3_000 => Row(7),
            6_000 => Row(2_999),
            _ => Row(i),
        });
        using var content = new StringContent(string.Join('\n', rows), Encoding.UTF8, "application/x-ndjson");

        var problem = await ProblemAssert.HasAsync(await client.PostAsync("/api/v1/batches", content), HttpStatusCode.BadRequest, "import_rejected");

        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("code").GetString())).ToArray();
        Assert.Equal([(3_000, "duplicate_id"), (6_000, "duplicate_id")], errors);
        Assert.Equal((0, 0, 0), await StoreAssert.CountsAsync(factory));
    }

    [Fact]
    public async Task Ndjson_WithMoreThan100BadRows_ListsTheFirst100AndCountsAll()
    {
        var body = string.Join('\n', Enumerable.Range(1, 150).Select(i => i % 10 == 0 ? Row(i) : "{\"credentialSubject\":{\"a\":1},\"bad\":1}"));
        var problem = await ProblemAssert.HasAsync(await UploadAsync(body, "application/x-ndjson"), HttpStatusCode.BadRequest, "import_rejected");

        Assert.Equal(100, problem.GetProperty("errors").GetArrayLength());
        Assert.Equal(135, problem.GetProperty("errorCount").GetInt32());
        Assert.True(problem.GetProperty("truncated").GetBoolean());
        Assert.Equal(1, problem.GetProperty("errors")[0].GetProperty("row").GetInt32());
        Assert.Equal((0, 0, 0), await StoreAssert.CountsAsync(_factory));
    }

    [Theory]
    [InlineData("name,name.zh\nA,B\n", 1, "invalid_header")]
    [InlineData("name,name\nA,B\n", 1, "invalid_header")]
    [InlineData("name,age:number\nA,B\n", 2, "invalid_field")]
    [InlineData("name,extra\nA\n", 2, "malformed_csv")]
    [InlineData("name\n\"A\n", 2, "malformed_csv")]
    [InlineData("name\nA\"B\n", 2, "malformed_csv")]
    [InlineData("name,validUntil\nA,2026-02-30T00:00:00Z\n", 2, "invalid_date")]
    [InlineData("id,name\nx,A\nx,B\n", 3, "duplicate_id")]
    [InlineData("name\n", 1, "empty_upload")]
    public async Task Csv_BadInput_Returns400WithTheRowAndStoresNothing(string csv, int row, string code)
    {
        var problem = await ProblemAssert.HasAsync(await UploadAsync(csv, "text/csv"), HttpStatusCode.BadRequest, "import_rejected");
        var error = problem.GetProperty("errors")[0];
        Assert.Equal((row, code), (error.GetProperty("row").GetInt32(), error.GetProperty("code").GetString()));
        Assert.Equal((0, 0, 0), await StoreAssert.CountsAsync(_factory));
    }

    [Theory]
    [InlineData("application/x-ndjson")]
    [InlineData("text/csv")]
    public async Task InvalidUtf8_Returns400InvalidUtf8AndStoresNothing(string contentType)
    {
        var text = contentType == "text/csv" ? "name\nAlice\nBob\n" : Row(1) + "\n" + Row(2) + "\n";
        var bytes = Encoding.UTF8.GetBytes(text);
        bytes[^3] = 0xFF;
        var problem = await ProblemAssert.HasAsync(await UploadAsync(bytes, contentType), HttpStatusCode.BadRequest, "invalid_utf8");
        Assert.Equal("invalid_utf8", problem.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal((0, 0, 0), await StoreAssert.CountsAsync(_factory));
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/plain")]
    [InlineData("multipart/form-data")]
    public async Task WrongContentType_Returns415(string contentType)
    {
        await ProblemAssert.HasAsync(await UploadAsync(Row(1), contentType), HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
        Assert.Equal((0, 0, 0), await StoreAssert.CountsAsync(_factory));
    }

    [Fact]
    public async Task BodyOverTheConfiguredLimit_Returns413AndStoresNothing()
    {
        var body = string.Join('\n', Enumerable.Range(1, 2000).Select(Row));
        await ProblemAssert.HasAsync(await UploadAsync(body, "application/x-ndjson"), HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
        Assert.Equal((0, 0, 0), await StoreAssert.CountsAsync(_factory));
    }

    [Fact]
    public async Task ChunkedBodyOverTheLimit_Returns413AndStoresNothing()
    {
        var body = Encoding.UTF8.GetBytes(string.Join('\n', Enumerable.Range(1, 2000).Select(Row)));
        var content = new StreamContent(new MemoryStream(body));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-ndjson");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/batches") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        await ProblemAssert.HasAsync(await _client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
        Assert.Equal((0, 0, 0), await StoreAssert.CountsAsync(_factory));
    }

    [Fact]
    public async Task Upload_OverTheRowLimit_Returns400TooManyRowsAndStoresNothing()
    {
        await using var factory = new IssuerApiFactory(new Dictionary<string, string?> { ["Uploads:MaxRows"] = "3" });
        using var client = factory.CreateClientFor([TestAccounts.AddressA], "registrar");
        var response = await client.PostAsync("/api/v1/batches", new StringContent(string.Join('\n', Enumerable.Range(1, 5).Select(Row)), Encoding.UTF8, "application/x-ndjson"));

        var problem = await ProblemAssert.HasAsync(response, HttpStatusCode.BadRequest, "import_rejected");
        Assert.Equal((4, "too_many_rows"), (problem.GetProperty("errors")[0].GetProperty("row").GetInt32(), problem.GetProperty("errors")[0].GetProperty("code").GetString()));
        Assert.Equal((0, 0, 0), await StoreAssert.CountsAsync(factory));
    }

    [Fact]
    public async Task Upload_ForAnotherIssuer_Returns403()
    {
        var content = new StringContent(Row(1), Encoding.UTF8, "application/x-ndjson");
        var response = await _client.PostAsync($"/api/v1/batches?issuer={TestAccounts.AddressB}", content);
        await ProblemAssert.HasAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task GetBatch_OfAnotherIssuer_Returns403AndUnknown404()
    {
        var id = (await (await UploadAsync(Row(1), "application/x-ndjson")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var other = _factory.CreateClientFor([TestAccounts.AddressB], "auditor");
        await ProblemAssert.HasAsync(await other.GetAsync($"/api/v1/batches/{id}"), HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssert.HasAsync(await other.GetAsync($"/api/v1/batches/{id}/credentials"), HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssert.HasAsync(await _client.GetAsync($"/api/v1/batches/{Guid.CreateVersion7()}"), HttpStatusCode.NotFound, "not_found");
    }
}
