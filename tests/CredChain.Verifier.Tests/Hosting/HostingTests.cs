using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CredChain.Verifier.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace CredChain.Verifier.Tests.Hosting;

public sealed class HostingTests : IDisposable
{
    private readonly PortalFactory _portal = new();
    private readonly HttpClient _client;

    public HostingTests() => _client = _portal.CreateClient();

    public void Dispose() => _portal.Dispose();

    [Theory]
    [InlineData("/")]
    [InlineData("/share")]
    [InlineData("/api/v1/shares/0000000000000000000000000a")]
    [InlineData("/health")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        var response = await _client.GetAsync(path);

        var headers = new[] { "Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy" }
            .Select(h => (h, string.Join(",", response.Headers.GetValues(h)))).ToArray();
        Assert.Equal(
            [
                ("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
                ("X-Content-Type-Options", "nosniff"),
                ("X-Frame-Options", "DENY"),
                ("Referrer-Policy", "no-referrer"),
            ],
            headers);
    }

    [Fact]
    public async Task Health_ReportsHealthy()
    {
        var response = await _client.GetAsync("/health");

        Assert.Equal((HttpStatusCode.OK, """{"status":"Healthy"}"""), (response.StatusCode, await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task OpenApi_DescribesEveryPublicApiRoute()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
            ["/api/v1/credentials/{credentialId}/qr", "/api/v1/publications", "/api/v1/publications/{id}/withdraw", "/api/v1/shares", "/api/v1/shares/{id}", "/api/v1/shares/{id}/withdraw", "/api/v1/verify"],
            paths);
    }

    [Fact]
    public async Task UnknownApiRoute_Returns404ProblemDetailsWithCode()
    {
        await ProblemAssert.HasAsync(await _client.GetAsync("/api/v1/nothing-here"), HttpStatusCode.NotFound, "not_found", "Not Found");
    }

    [Fact]
    public async Task WrongMethod_Returns405ProblemDetailsWithCode()
    {
        await ProblemAssert.HasAsync(await _client.PutAsync("/api/v1/shares", null), HttpStatusCode.MethodNotAllowed, "method_not_allowed", "Method Not Allowed");
    }

    [Fact]
    public void InvalidTrustList_StopsTheHostAtStart()
    {
        using var portal = new PortalFactory(new Dictionary<string, string?>
        {
            ["Portal:Networks:0:Key"] = "dev",
            ["Portal:Networks:0:NameZh"] = "开发网",
            ["Portal:Networks:0:NameEn"] = "Dev",
            ["Portal:Networks:0:ChainId"] = "1337",
            ["Portal:Networks:0:RpcUrl"] = "http://127.0.0.1:1",
            ["Portal:Networks:0:RegistryAddress"] = "0x1234",
            ["Portal:Networks:0:GovernanceAddress"] = "0x5FbDB2315678afecb367f032d93F642f64180aa3",
        });

        var error = Assert.Throws<OptionsValidationException>(() => portal.CreateClient());

        Assert.Contains("Portal:Networks:0: The field RegistryAddress must match the regular expression '^0x[0-9a-fA-F]{40}$'.", error.Failures);
    }

    [Theory]
    [InlineData("/js/home.js", "text/javascript")]
    [InlineData("/js/disclosure.js", "text/javascript")]
    [InlineData("/lib/js-sha3/sha3.js", "text/javascript")]
    [InlineData("/css/site.css", "text/css")]
    public async Task StaticAssets_AreServedFromWwwroot(string path, string contentType)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal((HttpStatusCode.OK, contentType), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
    }

    [Fact]
    public async Task StaticAssets_WhenTheBrowserAcceptsGzip_AreServedWithTheirContent()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/js/disclosure.js");
        request.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br");

        var response = await _client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal((HttpStatusCode.OK, "text/javascript", true), (response.StatusCode, response.Content.Headers.ContentType?.MediaType, body.Length > 1000));
    }
}
