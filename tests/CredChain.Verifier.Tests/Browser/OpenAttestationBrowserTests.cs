using CredChain.Testing.Browser;
using CredChain.Verifier.Tests.Chain;
using CredChain.Verifier.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CredChain.Verifier.Tests.Browser;

/// <summary>
/// An employer drops an OpenAttestation v2 file (wrapped by the real library, issued in the real DocumentStore on the
/// dev node) onto the home page in Chromium, and reads the verdict: status, institution from the trust list, format,
/// disclosed values and the count of obfuscated ones.
/// </summary>
[Collection(DevNetworksGroup.Name)]
public sealed class OpenAttestationBrowserTests : IDisposable
{
    private readonly BrowserFixture _browser;
    private readonly PortalFactory _portal;
    private readonly Lazy<string> _baseUrl;

    public OpenAttestationBrowserTests(DevNetworksFixture chain, BrowserFixture browser)
    {
        _browser = browser;
        _portal = new PortalFactory(chain.PortalSettings(("Index:Enabled", "false")), fakeClockForVerdictsOnly: true);
        _baseUrl = new Lazy<string>(() => KestrelPortal.Start(_portal));
    }

    public void Dispose() => _portal.Dispose();

    [BrowserTheory]
    [InlineData(Viewport.Phone, "obfuscated", "Valid", "有效", "11")]
    [InlineData(Viewport.Desktop, "batch-4", "Revoked", "Revoked", "No")]
    [InlineData(Viewport.Desktop, "unknown-store", "UnknownIssuer", "Unknown issuer", "No")]
    public async Task A_dropped_OpenAttestation_file_shows_its_verdict(Viewport viewport, string name, string status, string statusText, string hidden)
    {
        var context = await _browser.NewContextAsync(viewport, _baseUrl.Value);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await DropAsync(page, OpenAttestationDevStore.Document(name));
        await page.WaitForResultAsync();
        var banner = page.Locator("#result-banner");
        await banner.WaitForAsync();

        await BrowserFixture.ScreenshotAsync(page, $"openattestation-{name}-{viewport}");
        Assert.Equal((status, statusText), (await banner.GetAttributeAsync("data-status"), (await banner.Locator("strong").TextContentAsync())!.Trim()));
        Assert.Equal("openattestation-v2", await page.Locator("#result-format").GetAttributeAsync("data-format"));
        Assert.Contains(hidden, await page.Locator("#result-hidden").TextContentAsync(), StringComparison.Ordinal);
        if (status == "Valid")
        {
            Assert.Equal([OpenAttestationDevStore.NameZh, OpenAttestationDevStore.NameEn], await page.Locator("#result-issuer span").AllTextContentsAsync());
            var rows = await page.Locator("#result-fields tr").AllInnerTextsAsync();
            Assert.Contains("recipient/nameZh\t学生2", rows);
            Assert.DoesNotContain(rows, r => r.StartsWith("recipient/gpa", StringComparison.Ordinal) || r.StartsWith("transcript", StringComparison.Ordinal));
            Assert.Equal(6, await page.Locator("#result-checks li.check-valid").CountAsync());
        }
    }

    [BrowserTheory]
    [InlineData(Viewport.Phone)]
    [InlineData(Viewport.Desktop)]
    public async Task A_share_link_of_an_OpenAttestation_file_with_obfuscated_fields_opens_as_valid(Viewport viewport)
    {
        var context = await _browser.NewContextAsync(viewport, _baseUrl.Value);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/share");
        await page.Locator("#share-file").SetInputFilesAsync(new FilePayload { Name = "certificate.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(OpenAttestationDevStore.Document("batch-0")) });
        foreach (var path in (string[])["recipient.gpa", "recipient.degree", "flags", "transcript"])
        {
            await page.Locator($"input[name='hide'][value='{path}']").CheckAsync();
        }

        await page.Locator("#share-create").ClickAsync();
        await page.Locator("#share-result").WaitForAsync();
        var opened = await context.NewPageAsync();
        await opened.GotoAsync(await page.Locator("#share-link").InputValueAsync());
        await opened.WaitForResultAsync();
        await opened.Locator("#result-banner").WaitForAsync();

        await BrowserFixture.ScreenshotAsync(opened, $"openattestation-share-opened-{viewport}");
        Assert.Equal("Valid", await opened.Locator("#result-banner").GetAttributeAsync("data-status"));
        var fields = await opened.Locator("#result-fields th").AllTextContentsAsync();
        Assert.DoesNotContain(fields, f => f.StartsWith("flags", StringComparison.Ordinal) || f.StartsWith("transcript", StringComparison.Ordinal) || f.StartsWith("recipient/degree", StringComparison.Ordinal) || f == "recipient/gpa");
        Assert.Contains("recipient/nameZh", fields);
        // gpa 1, degree 3 (type, name.zh, name.en), flags 3, transcript 9.
        Assert.Contains("16", await opened.Locator("#result-hidden").TextContentAsync(), StringComparison.Ordinal);
    }

    /// <summary>A real drop event on the drop zone, carrying the file, as a file manager's drag-and-drop sends it.</summary>
    private static async Task DropAsync(IPage page, string json)
    {
        var transfer = await page.EvaluateHandleAsync(
            "text => { const t = new DataTransfer(); t.items.add(new File([text], 'certificate.opencert', { type: 'application/json' })); return t; }", json);
        await page.Locator("#drop-zone").DispatchEventAsync("drop", new Dictionary<string, object> { ["dataTransfer"] = transfer });
    }
}
