using System.Net;
using System.Text.Json;
using CredChain.Testing.Browser;
using Microsoft.Playwright;

namespace CredChain.EndToEnd.Tests.Certificates;

/// <summary>
/// The employer's scan from paper: a batch's certificate PDFs from the issuing API, one page rasterised, its QR code
/// decoded from the pixels, and the decoded URL opened in Chromium against the real portal and chain.
/// </summary>
[Collection(PrintedCertificateGroup.Name)]
public sealed class PrintedCertificateTests(PrintedCertificateFixture fixture) : IClassFixture<PrintedCertificateFixture>
{
    [PrintedCertificateFact]
    public async Task ScannedQr_ReadsValid_ThenRevoked_ThenWithdrawn()
    {
        var (id, pdf) = fixture.Pdfs.OrderBy(p => p.Key).First();
        var publication = await fixture.GetJsonAsync($"/api/v1/credentials/{id}/publication");
        var code = publication.GetProperty("code").GetString()!;

        var image = await ScanTools.RasteriseAsync(pdf);
        var scanned = (await ScanTools.DecodeQrAsync(image)).Single();
        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        File.Copy(image, Path.Combine(screenshots, "certificate.png"), overwrite: true);
        Assert.Equal(publication.GetProperty("link").GetString(), scanned);
        Assert.Equal(fixture.Portal.BaseAddress.GetLeftPart(UriPartial.Authority) + "/s#" + code.Replace("-", "", StringComparison.Ordinal), scanned);

        var holder = await HolderOfAsync(id);
        Assert.Equal(("Valid", true), await OpenAsync(scanned, holder));

        using (var revoke = await fixture.Issuing.ClientFor(fixture.Issuer).PostAsync(
            $"/api/v1/credentials/{id}/revoke", new StringContent("""{"reason":1}""", System.Text.Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.Accepted, revoke.StatusCode);
        }

        await WaitForStateAsync(id, "revoked");
        Assert.Equal(("Revoked", true), await OpenAsync(scanned, holder));

        using (var withdraw = await fixture.Issuing.ClientFor(fixture.Issuer).PostAsync($"/api/v1/credentials/{id}/publication/withdraw", null))
        {
            var body = JsonDocument.Parse(await withdraw.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal((HttpStatusCode.OK, "withdrawn", code), (withdraw.StatusCode, body.GetProperty("state").GetString(), body.GetProperty("code").GetString()));
        }

        var page = await NewPageAsync("en-US");
        await page.GotoAsync(scanned);
        var banner = page.Locator("#open-withdrawn");
        await banner.WaitForAsync();
        Assert.Equal(
            ("This certificate's link was withdrawn", "issuer", "The issuing institution withdrew this link."),
            ((await banner.Locator("strong").TextContentAsync())!.Trim(), await banner.GetAttributeAsync("data-withdrawn-by"), (await page.Locator("#open-withdrawn-issuer").TextContentAsync())!.Trim()));
        Assert.Equal("share.withdrawn", await ShareProblemCodeAsync(scanned));
    }

    [PrintedCertificateFact]
    public async Task HolderWithdrawsOnTheSharePage_WithTheCodeFromDeliveryCsv_ThenTheScanSaysTheGraduateWithdrewIt()
    {
        var (id, pdf) = fixture.Pdfs.OrderBy(p => p.Key).ElementAt(1);
        var publication = await fixture.GetJsonAsync($"/api/v1/credentials/{id}/publication");
        var delivery = fixture.Delivery[id];
        var holderCode = publication.GetProperty("holderWithdrawalCode").GetString()!;
        Assert.Equal(
            new DeliveryRow(id, await HolderOfAsync(id, "zh") + " / " + await HolderOfAsync(id), publication.GetProperty("code").GetString()!, holderCode),
            delivery);
        var printed = await ScanTools.TextAsync(pdf);
        Assert.Contains(delivery.ShareCode, printed, StringComparison.Ordinal);
        Assert.DoesNotContain(delivery.HolderWithdrawalCode, printed, StringComparison.Ordinal);
        Assert.DoesNotContain(delivery.HolderWithdrawalCode.Replace("-", "", StringComparison.Ordinal), printed, StringComparison.Ordinal);
        var scanned = (await ScanTools.DecodeQrAsync(await ScanTools.RasteriseAsync(pdf))).Single();

        Assert.Equal("withdraw-wrong", await WithdrawOnSharePageAsync(delivery.ShareCode, "0000-0000-0000-0000"));
        var wrong = await HolderWithdrawApiAsync(scanned, "ZZZZ-ZZZZ-ZZZZ-ZZZZ");
        Assert.Equal((HttpStatusCode.Forbidden, "share.bad_withdrawal_code"), (wrong.StatusCode, wrong.Body.GetProperty("code").GetString()));
        Assert.Equal(("Valid", true), await OpenAsync(scanned, await HolderOfAsync(id)));

        Assert.Equal("withdraw-done", await WithdrawOnSharePageAsync(delivery.ShareCode, delivery.HolderWithdrawalCode));

        foreach (var (locale, by) in new[] { ("en-US", "The graduate withdrew this link."), ("zh-CN", "证书持有人撤回了此链接。") })
        {
            var page = await NewPageAsync(locale);
            await page.GotoAsync(scanned);
            await page.Locator("#open-withdrawn").WaitForAsync();
            Assert.Equal(("holder", by, true), (await page.Locator("#open-withdrawn").GetAttributeAsync("data-withdrawn-by"), (await page.Locator("#open-withdrawn-holder").TextContentAsync())!.Trim(), await page.Locator("#open-withdrawn-issuer").IsHiddenAsync()));
            await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", $"withdrawn-by-holder-{locale}.png"), FullPage = true });
        }

        var gone = await ShareAsync(scanned);
        Assert.Equal((HttpStatusCode.Gone, "share.withdrawn", "holder"), (gone.StatusCode, gone.Body.GetProperty("code").GetString(), gone.Body.GetProperty("withdrawnBy").GetString()));
        using var byIssuer = await fixture.Issuing.ClientFor(fixture.Issuer).PostAsync($"/api/v1/credentials/{id}/publication/withdraw", null);
        Assert.Equal((HttpStatusCode.OK, "withdrawn"), (byIssuer.StatusCode, JsonDocument.Parse(await byIssuer.Content.ReadAsStringAsync()).RootElement.GetProperty("state").GetString()));
        Assert.Equal("holder", (await ShareAsync(scanned)).Body.GetProperty("withdrawnBy").GetString());
    }

    /// <summary>Fills the /share page's withdrawal form in Chromium; returns the id of the outcome it shows.</summary>
    private async Task<string?> WithdrawOnSharePageAsync(string printedCode, string withdrawalCode)
    {
        var page = await NewPageAsync("en-US");
        await page.GotoAsync(new Uri(fixture.Portal.BaseAddress, "/share#withdraw").ToString());
        await page.Locator("#withdraw-code").FillAsync(printedCode);
        await page.Locator("#withdraw-secret").FillAsync(withdrawalCode);
        await page.Locator("#withdraw-submit").ClickAsync();
        await page.Locator("#withdraw-status[data-outcome]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var outcome = await page.Locator("#withdraw-status").GetAttributeAsync("data-outcome");
        Assert.True(await page.Locator("#" + outcome).IsVisibleAsync());
        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.Locator("#withdraw").ScreenshotAsync(new() { Path = Path.Combine(screenshots, $"share-{outcome}.png") });
        return outcome;
    }

    private async Task<(HttpStatusCode StatusCode, JsonElement Body)> HolderWithdrawApiAsync(string url, string withdrawalCode)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/shares/{ShareIds.Derive(new Uri(url).Fragment.TrimStart('#'))}/withdraw");
        request.Headers.Add("X-Withdrawal-Code", withdrawalCode);
        using var response = await fixture.Portal.Client.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    private async Task<(HttpStatusCode StatusCode, JsonElement Body)> ShareAsync(string url)
    {
        using var response = await fixture.Portal.Client.GetAsync($"/api/v1/shares/{ShareIds.Derive(new Uri(url).Fragment.TrimStart('#'))}");
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    [PrintedCertificateFact]
    public async Task BatchZip_HoldsOnePdfPerCredential_EachPrintingItsOwnCodeAndQr()
    {
        Assert.Equal(3, fixture.Pdfs.Count);
        foreach (var (id, pdf) in fixture.Pdfs)
        {
            var publication = await fixture.GetJsonAsync($"/api/v1/credentials/{id}/publication");
            var qr = (await ScanTools.DecodeQrAsync(await ScanTools.RasteriseAsync(pdf))).Single();
            Assert.Equal(publication.GetProperty("link").GetString(), qr);
            var single = await fixture.Issuing.ClientFor(fixture.Issuer).GetByteArrayAsync($"/api/v1/credentials/{id}/pdf");
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(single, 0, 5), StringComparison.Ordinal);
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in fixture.Pdfs.Keys)
        {
            codes.Add((await fixture.GetJsonAsync($"/api/v1/credentials/{id}/publication")).GetProperty("code").GetString()!);
        }

        Assert.Equal(3, codes.Count);
    }

    private async Task<(string? Status, bool HolderShown)> OpenAsync(string url, string holder)
    {
        var page = await NewPageAsync("en-US");
        await page.GotoAsync(url);
        await page.WaitForResultAsync();

        var banner = page.Locator("#result-banner");
        await banner.WaitForAsync();
        return (await banner.GetAttributeAsync("data-status"), (await page.ContentAsync()).Contains(holder, StringComparison.Ordinal));
    }

    private async Task<IPage> NewPageAsync(string locale)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale, ViewportSize = new() { Width = 1280, Height = 900 } });
        // A hang guard, not a speed check: on a loaded two-core CI machine a page load can take tens of seconds.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    private async Task<string> HolderOfAsync(Guid id, string language = "en")
    {
        var credential = await fixture.GetJsonAsync($"/api/v1/credentials/{id}");
        return credential.GetProperty("document").GetProperty("credentialSubject").GetProperty("name").GetProperty(language).GetString()!;
    }

    private async Task WaitForStateAsync(Guid id, string state)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while ((await fixture.GetJsonAsync($"/api/v1/credentials/{id}")).GetProperty("state").GetString() != state)
        {
            await Task.Delay(100, timeout.Token);
        }
    }

    /// <summary>What the portal's API answers for the share the URL names (the id derived from the code in its fragment).</summary>
    private async Task<string?> ShareProblemCodeAsync(string url)
    {
        var code = new Uri(url).Fragment.TrimStart('#');
        var shareId = CredChain.EndToEnd.Tests.Certificates.ShareIds.Derive(code);
        using var response = await fixture.Portal.Client.GetAsync($"/api/v1/shares/{shareId}");
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString();
    }
}
