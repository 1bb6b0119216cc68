using CredChain.Testing.Browser;
using CredChain.Verifier.Tests.Chain;
using CredChain.Verifier.Tests.Infrastructure;
using Microsoft.Playwright;
using QRCoder;
using SkiaSharp;

namespace CredChain.Verifier.Tests.Browser;

/// <summary>The scan page in Chromium: a photo of a certificate's QR code, read by jsQR in the page, opens the verdict.</summary>
[Collection(DevNetworksGroup.Name)]
public sealed class ScanBrowserTests : IDisposable
{
    private readonly DevNetworksFixture _chain;
    private readonly BrowserFixture _browser;
    private readonly PortalFactory _portal;
    private readonly Lazy<string> _baseUrl;

    public ScanBrowserTests(DevNetworksFixture chain, BrowserFixture browser)
    {
        _chain = chain;
        _browser = browser;
        _portal = new PortalFactory(chain.PortalSettings(), fakeClockForVerdictsOnly: true);
        _baseUrl = new Lazy<string>(() => KestrelPortal.Start(_portal));
    }

    public void Dispose() => _portal.Dispose();

    [BrowserTheory]
    [InlineData(Viewport.Phone, "请与纸质证书核对")]
    [InlineData(Viewport.Desktop, "Compare with the paper")]
    public async Task PhotoOfAShareQr_OpensTheVerdict_WithTheFieldsToCompareWithThePaper(Viewport viewport, string compareTitle)
    {
        var document = await _chain.IssueAsync(_chain.Education, _chain.Tsinghua, _portal.Time.GetUtcNow().AddDays(-30));
        var link = await ShareAsync(viewport, document.ToJsonString());

        var page = await OpenAsync(viewport, "/scan");
        await BrowserFixture.ScreenshotAsync(page, $"scan-{viewport}");
        await page.Locator("#scan-photo").SetInputFilesAsync(Photo(link));
        await page.WaitForResultAsync();

        await BrowserFixture.ScreenshotAsync(page, $"scan-result-{viewport}");
        Assert.Equal("Valid", await page.Locator("#result-banner").GetAttributeAsync("data-status"));
        var compare = page.Locator("#result-compare");
        Assert.Equal(compareTitle, (await compare.Locator("h2").TextContentAsync())!.Trim());
        Assert.Equal(document.Credential.Id, await compare.Locator("td[data-field='id']").TextContentAsync());
        Assert.Equal(
            [document.Credential.Subject.GetProperty("name").GetString()!],
            await compare.Locator("td[data-field^='/credentialSubject/name']").AllTextContentsAsync());
    }

    [BrowserFact]
    public async Task PhotoOfAForeignQr_IsShownAndNotFollowed()
    {
        var page = await OpenAsync(Viewport.Desktop, "/scan");
        await page.Locator("#scan-photo").SetInputFilesAsync(Photo("https://verify.example.com/s#0123456789ABCDEF"));

        var foreign = page.Locator("#scan-foreign");
        await foreign.WaitForAsync();
        Assert.Equal("https://verify.example.com/s#0123456789ABCDEF", await page.Locator("#scan-foreign-text").TextContentAsync());
        Assert.EndsWith("/scan", page.Url, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task PhotoWithoutAQr_SaysSo()
    {
        var page = await OpenAsync(Viewport.Desktop, "/scan");
        await page.Locator("#scan-photo").SetInputFilesAsync(new FilePayload { Name = "blank.png", MimeType = "image/png", Buffer = Blank() });

        await page.Locator("#scan-not-found").WaitForAsync();
        Assert.EndsWith("/scan", page.Url, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task OnlyTheScanPage_MayUseTheCamera()
    {
        using var client = new HttpClient { BaseAddress = new Uri(_baseUrl.Value) };
        using var scan = await client.GetAsync(new Uri("/scan", UriKind.Relative));
        using var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(
            ("camera=(self), microphone=(), geolocation=()", "camera=(), microphone=(), geolocation=()"),
            (scan.Headers.GetValues("Permissions-Policy").Single(), home.Headers.GetValues("Permissions-Policy").Single()));
    }

    private async Task<IPage> OpenAsync(Viewport viewport, string path)
    {
        var context = await _browser.NewContextAsync(viewport, _baseUrl.Value);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    private async Task<string> ShareAsync(Viewport viewport, string json)
    {
        var page = await OpenAsync(viewport, "/share");
        await page.Locator("#share-file").SetInputFilesAsync(new FilePayload { Name = "credential.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(json) });
        await page.Locator("#share-create").ClickAsync();
        await page.Locator("#share-result").WaitForAsync();
        return await page.Locator("#share-link").InputValueAsync();
    }

    /// <summary>A "photo": the QR code at 5 px per module, off-centre on a larger grey page, as a JPEG.</summary>
    private static FilePayload Photo(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(5, drawQuietZones: true);
        using var qr = SKImage.FromEncodedData(png);
        using var surface = SKSurface.Create(new SKImageInfo(qr.Width * 3, qr.Height * 2));
        surface.Canvas.Clear(new SKColor(0xee, 0xee, 0xe8));
        surface.Canvas.DrawImage(qr, qr.Width / 2f, qr.Height / 3f, new SKSamplingOptions(SKFilterMode.Nearest), null);
        using var image = surface.Snapshot();
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 90);
        return new FilePayload { Name = "photo.jpg", MimeType = "image/jpeg", Buffer = jpeg.ToArray() };
    }

    private static byte[] Blank()
    {
        using var surface = SKSurface.Create(new SKImageInfo(400, 300));
        surface.Canvas.Clear(SKColors.White);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
