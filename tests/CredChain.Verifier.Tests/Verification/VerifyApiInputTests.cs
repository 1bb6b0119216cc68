using System.Net;
using CredChain.Verifier.Tests.Chain;
using CredChain.Verifier.Tests.Infrastructure;

namespace CredChain.Verifier.Tests.Verification;

/// <summary>Hostile and broken bodies: 400 or 413 with a stable code, never a 500. No chain needed.</summary>
public sealed class VerifyApiInputTests : IDisposable
{
    private readonly PortalFactory _portal = new();
    private readonly HttpClient _client;

    public VerifyApiInputTests() => _client = _portal.CreateClient();

    public void Dispose() => _portal.Dispose();

    public static TheoryData<string, string, string> BadBodies => new()
    {
        { "", "Invalid JSON", "request.invalid_json" },
        { "not json", "Invalid JSON", "request.invalid_json" },
        { "{\"@context\": [", "Invalid JSON", "request.invalid_json" },
        { "[1, 2, 3]", "Not a credential", "request.not_a_credential" },
        { "\"a string\"", "Not a credential", "request.not_a_credential" },
        { "{}", "Not a credential", "request.not_a_credential" },
        { "{\"name\": \"张三\", \"degree\": \"BSc\"}", "Not a credential", "request.not_a_credential" },
        { "{\"type\": [\"VerifiableCredential\"], \"type\": [\"VerifiableCredential\"]}", "Duplicate key", "request.duplicate_key" },
        { "{\"credentialSubject\": {\"a\": 1, \"a\": 2}}", "Duplicate key", "request.duplicate_key" },
        { "{\"credentialSubject\": " + new string('[', 40) + new string(']', 40) + "}", "JSON nested too deeply", "request.too_deep" },
        { "{\"credentialSubject\": {\"name\": \"" + new string('x', CredChain.Core.Documents.CredentialLimits.MaxStringBytes + 1) + "\"}}", "Value too long", "request.string_too_long" },
        { "{\"credentialSubject\": {\"" + new string('k', CredChain.Core.Documents.CredentialLimits.MaxStringBytes + 1) + "\": 1}}", "Value too long", "request.string_too_long" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Verify_BodyThatIsNotACredential_Returns400WithAStableCode(string body, string title, string code)
    {
        var response = await _client.PostVerifyAsync(body);

        await ProblemAssert.HasAsync(response, HttpStatusCode.BadRequest, code, title);
    }

    [Fact]
    public async Task Verify_BodyOverTheLimit_Returns413()
    {
        var body = "{\"credentialSubject\": {" + string.Join(",", Enumerable.Range(0, 20_000).Select(i => $"\"k{i}\": {i}")) + "}}";

        var response = await _client.PostVerifyAsync(body);

        await ProblemAssert.HasAsync(response, HttpStatusCode.RequestEntityTooLarge, "request.too_large", "Request body too large");
    }

    [Fact]
    public async Task Verify_InvalidUtf8_Returns400()
    {
        var content = new ByteArrayContent([(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}']);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var response = await _client.PostAsync("/api/v1/verify", content);

        await ProblemAssert.HasAsync(response, HttpStatusCode.BadRequest, "request.invalid_json", "Invalid JSON");
    }

    [Fact]
    public async Task Verify_CredentialShapedGarbage_NeverFailsWith500()
    {
        var bodies = new[]
        {
            "{\"@context\": 5, \"type\": null, \"proof\": []}",
            "{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"], \"type\": [\"VerifiableCredential\"], \"credentialSubject\": {}, \"proof\": {\"salts\": {\"/x\": \"0x00\"}}}",
            "{\"proof\": {\"anchor\": {\"chainId\": -1, \"registry\": \"0x\"}, \"merklePath\": [\"0x\"]}}",
            "{\"issuer\": {\"id\": \"did:pkh:eip155:99999999999999999999:0xzz\"}, \"credentialSubject\": {\"n\": 1e400}}",
            "{\"validFrom\": \"9999-99-99T99:99:99Z\", \"credentialSubject\": {\"n\": \"\\ud800\"}}",
        };

        foreach (var body in bodies)
        {
            var response = await _client.PostVerifyAsync(body);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)response.StatusCode} for {body}");
        }
    }
}
