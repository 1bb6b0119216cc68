using System.Text.Json;
using System.Text.Json.Nodes;
using CredChain.Core.Documents;
using CredChain.Testing.Browser;
using CredChain.Verifier.Shares;
using CredChain.Verifier.Tests.Chain;
using CredChain.Verifier.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CredChain.Verifier.Tests.Browser;

/// <summary>The employer's and the graduate's flows in Chromium, on a phone (zh-CN) and a desktop (en).</summary>
[Collection(DevNetworksGroup.Name)]
public sealed class PortalBrowserTests : IDisposable
{
    private readonly DevNetworksFixture _chain;
    private readonly BrowserFixture _browser;
    private readonly PortalFactory _portal;
    private readonly Lazy<string> _baseUrl;

    public PortalBrowserTests(DevNetworksFixture chain, BrowserFixture browser)
    {
        _chain = chain;
        _browser = browser;
        _portal = new PortalFactory(chain.PortalSettings(), fakeClockForVerdictsOnly: true);
        _baseUrl = new Lazy<string>(() => KestrelPortal.Start(_portal));
    }

    public void Dispose() => _portal.Dispose();

    private DateTimeOffset Now => _portal.Time.GetUtcNow();

    private async Task<IPage> OpenAsync(Viewport viewport, string path)
    {
        var context = await _browser.NewContextAsync(viewport, _baseUrl.Value);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    private static FilePayload File(string json) => new() { Name = "credential.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(json) };

    private static async Task<IPage> UploadAsync(IPage page, string json)
    {
        await page.Locator("#file").SetInputFilesAsync(File(json));
        await page.WaitForResultAsync();
        return page;
    }

    private static async Task<(string? Status, string Text)> BannerAsync(IPage page)
    {
        var banner = page.Locator("#result-banner");
        await banner.WaitForAsync();
        return (await banner.GetAttributeAsync("data-status"), (await banner.Locator("strong").TextContentAsync())!.Trim());
    }

    [BrowserTheory]
    [InlineData(Viewport.Phone, "有效")]
    [InlineData(Viewport.Desktop, "Valid")]
    public async Task ValidFile_ShowsValidWithTheIssuerNameInChineseAndEnglish(Viewport viewport, string statusText)
    {
        var document = await _chain.IssueAsync(_chain.Education, _chain.Tsinghua, Now.AddDays(-30));
        var page = await OpenAsync(viewport, "/");

        await UploadAsync(page, document.ToJsonString());

        await BrowserFixture.ScreenshotAsync(page, $"valid-{viewport}");
        Assert.Equal(("Valid", statusText), await BannerAsync(page));
        Assert.Equal(["示例大学", "Example University"], await page.Locator("#result-issuer span").AllTextContentsAsync());
        Assert.Equal(8, await page.Locator("#result-checks li.check-valid").CountAsync());
    }

    [BrowserTheory]
    [InlineData(Viewport.Phone, "已被篡改", "颁发后有字段值、盐值或隐藏字段被修改。")]
    [InlineData(Viewport.Desktop, "Tampered", "A value, salt or hidden field was changed after issuing.")]
    public async Task TamperedFile_ShowsTamperedWithTheReason(Viewport viewport, string statusText, string reason)
    {
        var document = await _chain.IssueAsync(_chain.Education, _chain.Tsinghua, Now.AddDays(-30));
        var node = JsonNode.Parse(document.ToJsonString())!;
        node["credentialSubject"]!["degree"] = "Doctor of Philosophy";
        var page = await OpenAsync(viewport, "/");

        await UploadAsync(page, node.ToJsonString());

        await BrowserFixture.ScreenshotAsync(page, $"tampered-{viewport}");
        Assert.Equal(("Tampered", statusText), await BannerAsync(page));
        Assert.Equal(reason, (await page.Locator("#result-checks li[data-code='TargetHashMismatch'] .check-reason").TextContentAsync())!.Trim());
    }

    [BrowserTheory]
    [InlineData(Viewport.Phone, "已撤销")]
    [InlineData(Viewport.Desktop, "Revoked")]
    public async Task RevokedFile_ShowsRevoked(Viewport viewport, string statusText)
    {
        var document = await _chain.IssueAsync(_chain.Education, _chain.Tsinghua, Now.AddDays(-30));
        await _chain.Education.Registry.RevokeBatchAsync(_chain.Tsinghua, document.Proof.MerkleRoot!.Value.ToByteArray(), 1);
        _ = _baseUrl.Value;
        await _portal.WaitForIndexAsync(_chain.Education, await _chain.Education.HeadAsync());
        var page = await OpenAsync(viewport, "/");

        await UploadAsync(page, document.ToJsonString());

        await BrowserFixture.ScreenshotAsync(page, $"revoked-{viewport}");
        Assert.Equal(("Revoked", statusText), await BannerAsync(page));
    }

    private async Task<(string Link, string Code)> ShareAsync(Viewport viewport, CredentialDocument document, params string[] hide)
    {
        var page = await OpenAsync(viewport, "/share");
        await page.Locator("#share-file").SetInputFilesAsync(File(document.ToJsonString()));
        foreach (var path in hide)
        {
            await page.Locator($"input[name='hide'][value='{path}']").CheckAsync();
        }

        await page.Locator("#share-create").ClickAsync();
        await page.Locator("#share-result").WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, $"share-{viewport}");
        return (await page.Locator("#share-link").InputValueAsync(), (await page.Locator("#share-code").TextContentAsync())!);
    }

    [BrowserTheory]
    [InlineData(Viewport.Phone)]
    [InlineData(Viewport.Desktop)]
    public async Task ShareLink_WithAHiddenField_OpensInAFreshBrowserAsValidWithoutTheField(Viewport viewport)
    {
        var document = await _chain.IssueAsync(_chain.Education, _chain.Tsinghua, Now.AddDays(-30));
        var (link, code) = await ShareAsync(viewport, document, "/credentialSubject/gpa");

        var page = await OpenAsync(viewport, link);
        await page.WaitForResultAsync();

        await BrowserFixture.ScreenshotAsync(page, $"share-opened-{viewport}");
        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$", code);
        Assert.Equal("Valid", (await BannerAsync(page)).Status);
        var fields = await page.Locator("#result-fields th").AllTextContentsAsync();
        Assert.Equal(["name", "degree", "major", "studentNumber", "honours/0", "honours/1"], fields);
        Assert.Contains("1", await page.Locator("#result-hidden").TextContentAsync(), StringComparison.Ordinal);
    }

    [BrowserTheory]
    [InlineData(Viewport.Phone)]
    [InlineData(Viewport.Desktop)]
    public async Task TypedCode_OpensTheShareLikeTheLink(Viewport viewport)
    {
        var document = await _chain.IssueAsync(_chain.Education, _chain.Tsinghua, Now.AddDays(-30));
        var (_, code) = await ShareAsync(viewport, document, "/credentialSubject/studentNumber");

        var page = await OpenAsync(viewport, "/");
        await page.Locator("#code").FillAsync(code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal));
        await page.Locator("#code-form button").ClickAsync();
        await page.WaitForResultAsync();

        Assert.Equal("Valid", (await BannerAsync(page)).Status);
        Assert.DoesNotContain("studentNumber", await page.Locator("#result-fields th").AllTextContentsAsync());
    }

    [BrowserTheory]
    [InlineData(Viewport.Phone, "此链接已过期")]
    [InlineData(Viewport.Desktop, "This link has expired")]
    public async Task ExpiredShare_ShowsAClearMessage(Viewport viewport, string message)
    {
        var document = await _chain.IssueAsync(_chain.Education, _chain.Tsinghua, Now.AddDays(-30));
        var (link, _) = await ShareAsync(viewport, document, "/credentialSubject/gpa");
        using (var scope = _portal.Services.CreateScope())
        {
            // Expire every share of this portal as if its days had passed.
            await scope.ServiceProvider.GetRequiredService<ShareDbContext>().Shares.ExecuteUpdateAsync(s => s.SetProperty(r => r.ExpiresAtMs, 0L));
        }

        var page = await OpenAsync(viewport, link);
        var expired = page.Locator("#open-expired");
        await expired.WaitForAsync();

        await BrowserFixture.ScreenshotAsync(page, $"share-expired-{viewport}");
        Assert.Equal(message, (await expired.Locator("strong").TextContentAsync())!.Trim());
    }

    [BrowserFact]
    public async Task PrintedQrPage_WarnsWhenTheFileIsNotTheCredentialItNamed()
    {
        var document = await _chain.IssueAsync(_chain.Education, _chain.Tsinghua, Now.AddDays(-30));
        var other = await _chain.IssueAsync(_chain.Education, _chain.Tsinghua, Now.AddDays(-30));

        var own = await UploadAsync(await OpenAsync(Viewport.Desktop, $"/v/{document.Credential.Uuid:D}"), document.ToJsonString());
        var wrong = await UploadAsync(await OpenAsync(Viewport.Phone, $"/v/{document.Credential.Uuid:D}"), other.ToJsonString());

        await BrowserFixture.ScreenshotAsync(wrong, "printed-qr-wrong-file-Phone");
        Assert.Equal(("Valid", 0), ((await BannerAsync(own)).Status, await own.Locator("#result-wrong-credential").CountAsync()));
        Assert.Equal(("Valid", 1), ((await BannerAsync(wrong)).Status, await wrong.Locator("#result-wrong-credential").CountAsync()));
    }

    [BrowserFact]
    public async Task BrowserHiding_ProducesExactlyWhatCoreProduces_ForEveryVector()
    {
        var vectors = JsonDocument.Parse(await System.IO.File.ReadAllTextAsync(VectorPath("hidden.json"))).RootElement;
        var sources = JsonDocument.Parse(await System.IO.File.ReadAllTextAsync(VectorPath("credentials.json"))).RootElement
            .GetProperty("cases").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("document").GetRawText());
        var page = await OpenAsync(Viewport.Desktop, "/share");

        foreach (var vector in vectors.GetProperty("cases").EnumerateArray())
        {
            var source = sources[vector.GetProperty("source").GetString()!];
            var paths = vector.GetProperty("hiddenPaths").GetRawText();
            var actual = await page.EvaluateAsync<string>(
                "async ([source, paths]) => { const m = await import('/js/disclosure.js'); return JSON.stringify(m.hide(JSON.parse(source), JSON.parse(paths))); }",
                new[] { source, paths });
            var expected = await page.EvaluateAsync<string>("json => JSON.stringify(JSON.parse(json))", vector.GetProperty("document").GetRawText());

            Assert.Equal(expected, actual);
        }
    }

    [BrowserFact]
    public async Task BrowserLeaves_HashExactlyWhatCoreHashes_ForEveryVector()
    {
        // The holder's browser computes the leaf hashes it moves into hiddenLeaves: typed paths, preimages and hashes
        // must be Core's byte for byte, or a browser-hidden credential would not verify.
        var cases = JsonDocument.Parse(await System.IO.File.ReadAllTextAsync(VectorPath("credentials.json"))).RootElement.GetProperty("cases");
        var page = await OpenAsync(Viewport.Desktop, "/share");

        foreach (var vector in cases.EnumerateArray())
        {
            var actual = await page.EvaluateAsync<string>(
                """
                async json => {
                  const m = await import('/js/disclosure.js');
                  const doc = JSON.parse(json);
                  return JSON.stringify(m.leaves(doc).map(l => ({
                    path: l.path,
                    preimage: m.preimage(l.typedPath, doc.proof.salts[l.path], l.value),
                    hash: m.leafHash(l.typedPath, doc.proof.salts[l.path], l.value),
                  })));
                }
                """,
                vector.GetProperty("document").GetRawText());
            static (string?, string?, string?) Leaf(JsonElement l) =>
                (l.GetProperty("path").GetString(), l.GetProperty("preimage").GetString(), l.GetProperty("hash").GetString());

            Assert.Equal(
                vector.GetProperty("leaves").EnumerateArray().Select(Leaf),
                JsonDocument.Parse(actual).RootElement.EnumerateArray().Select(Leaf));
        }
    }

    private static string VectorPath(string file)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "vectors", file);
            if (System.IO.File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"tests/vectors/{file} not found above {AppContext.BaseDirectory}.");
    }
}
