using System.Net;
using CredChain.Verifier.Tests.Infrastructure;

namespace CredChain.Verifier.Tests.Qr;

public sealed class QrApiTests : IDisposable
{
    private const string CredentialId = "01937a2b-7c4d-7e8f-9a0b-1c2d3e4f5a6b";
    private const string PageUrl = "https://verify.example.edu.cn/v/" + CredentialId;
    private readonly PortalFactory _portal = new();
    private readonly HttpClient _client;

    public QrApiTests() => _client = _portal.CreateClient();

    public void Dispose() => _portal.Dispose();

    [Fact]
    public async Task Png_DecodesBackToTheCredentialsVerificationPage()
    {
        var response = await _client.GetAsync($"/api/v1/credentials/{CredentialId}/qr?format=png");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(PageUrl, QrDecoder.DecodePng(await response.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task PngIsTheDefaultFormat()
    {
        var response = await _client.GetAsync($"/api/v1/credentials/{CredentialId}/qr");

        Assert.Equal(PageUrl, QrDecoder.DecodePng(await response.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task Svg_DecodesBackToTheCredentialsVerificationPage()
    {
        var response = await _client.GetAsync($"/api/v1/credentials/{CredentialId}/qr?format=svg");

        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(PageUrl, QrDecoder.DecodeSvg(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Png_HasAFourModuleQuietZone()
    {
        var png = await _client.GetByteArrayAsync($"/api/v1/credentials/{CredentialId}/qr");
        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        var quietZone = 4 * CredChain.Verifier.Qr.QrImageRenderer.PixelsPerModule;

        var darkInQuietZone = Enumerable.Range(0, bitmap.Width).SelectMany(x => Enumerable.Range(0, bitmap.Height).Select(y => (x, y)))
            .Where(p => p.x < quietZone || p.y < quietZone || p.x >= bitmap.Width - quietZone || p.y >= bitmap.Height - quietZone)
            .Count(p => bitmap.GetPixel(p.x, p.y).Red < 128);
        var firstDark = bitmap.GetPixel(quietZone, quietZone).Red < 128;

        Assert.Equal((0, true), (darkInQuietZone, firstDark));
    }

    [Fact]
    public void Renderer_ServesRepeatedRequestsFromItsCache()
    {
        var renderer = (CredChain.Verifier.Qr.QrImageRenderer)_portal.Services.GetService(typeof(CredChain.Verifier.Qr.QrImageRenderer))!;

        Assert.Same(renderer.Png(PageUrl), renderer.Png(PageUrl));
        Assert.Same(renderer.Svg(PageUrl), renderer.Svg(PageUrl));
    }

    [Fact]
    public async Task UnknownFormat_Returns400()
    {
        var response = await _client.GetAsync($"/api/v1/credentials/{CredentialId}/qr?format=gif");

        await ProblemAssert.HasAsync(response, HttpStatusCode.BadRequest, "request.bad", "Unknown format");
    }

    [Fact]
    public async Task IdThatIsNotAUuid_Returns404ProblemDetails()
    {
        var response = await _client.GetAsync("/api/v1/credentials/not-a-uuid/qr");

        await ProblemAssert.HasAsync(response, HttpStatusCode.NotFound, "not_found", "Not Found");
    }
}
