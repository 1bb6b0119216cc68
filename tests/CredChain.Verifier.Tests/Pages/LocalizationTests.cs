using System.Net;
using CredChain.Verifier.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CredChain.Verifier.Tests.Pages;

public sealed class LocalizationTests : IDisposable
{
    private readonly PortalFactory _portal = new();

    public void Dispose() => _portal.Dispose();

    [Theory]
    [InlineData("zh-CN,zh;q=0.9,en;q=0.5", "zh-CN", "验证证书")]
    [InlineData("zh", "zh-CN", "验证证书")]
    [InlineData("en-GB,en;q=0.8", "en", "Verify a credential")]
    [InlineData("fr-FR", "en", "Verify a credential")]
    public async Task HomePage_FollowsAcceptLanguage(string acceptLanguage, string lang, string heading)
    {
        var client = _portal.CreateClient();
        client.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);

        var html = await client.GetStringAsync("/");

        Assert.Contains($"<html lang=\"{lang}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{heading}</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitch_SetsACookieThatOverridesAcceptLanguage()
    {
        var client = _portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add("Accept-Language", "en");

        var redirect = await client.GetAsync("/lang/zh-CN?returnUrl=%2Fshare");
        var html = await client.GetStringAsync("/share");

        Assert.Equal((HttpStatusCode.Redirect, "/share"), (redirect.StatusCode, redirect.Headers.Location?.OriginalString));
        Assert.Contains("<h1>分享我的证书</h1>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task LanguageSwitch_NeverRedirectsOffSite(string returnUrl)
    {
        var client = _portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var redirect = await client.GetAsync($"/lang/en?returnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.Equal("/", redirect.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Pages_HaveNoInlineScriptOrStyle()
    {
        var client = _portal.CreateClient();

        foreach (var path in new[] { "/", "/share", "/s", "/v/01937a2b-7c4d-7e8f-9a0b-1c2d3e4f5a6b" })
        {
            var html = await client.GetStringAsync(path);
            Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)[^>]*>", html);
            Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task UnknownPage_Returns404WithALocalizedHtmlPage()
    {
        var client = _portal.CreateClient();
        client.DefaultRequestHeaders.Add("Accept-Language", "zh-CN");

        var response = await client.GetAsync("/v/not-a-credential-id");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal((HttpStatusCode.NotFound, "text/html"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        Assert.Contains("<strong>页面不存在</strong>", html, StringComparison.Ordinal);
    }
}
