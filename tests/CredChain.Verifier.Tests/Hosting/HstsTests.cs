using System.Net;
using CredChain.Verifier.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CredChain.Verifier.Tests.Hosting;

/// <summary>Strict-Transport-Security on HTTPS responses outside Development.</summary>
public sealed class HstsTests
{
    private static async Task<string?> HstsAsync(PortalFactory portal, string baseAddress, params (string Name, string Value)[] headers)
    {
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress) });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.TryGetValues("Strict-Transport-Security", out var values) ? string.Join(",", values) : null;
    }

    [Fact]
    public async Task Https_OutsideDevelopment_OneYearWithSubdomains()
    {
        using var portal = new PortalFactory();

        Assert.Equal("max-age=31536000; includeSubDomains", await HstsAsync(portal, "https://verify.example.edu.cn"));
    }

    [Fact]
    public async Task Https_WithPreloadAndTwoYears_SaysSo()
    {
        using var portal = new PortalFactory(new Dictionary<string, string?> { ["Portal:HstsPreload"] = "true", ["Portal:HstsMaxAge"] = "730.00:00:00" });

        Assert.Equal("max-age=63072000; includeSubDomains; preload", await HstsAsync(portal, "https://verify.example.edu.cn"));
    }

    [Fact]
    public async Task PlainHttp_HasNoHsts()
    {
        using var portal = new PortalFactory();

        Assert.Null(await HstsAsync(portal, "http://verify.example.edu.cn"));
    }

    [Fact]
    public async Task Https_InDevelopment_HasNoHsts()
    {
        using var portal = new PortalFactory(environment: "Development");

        Assert.Null(await HstsAsync(portal, "https://verify.example.edu.cn"));
    }

    [Fact]
    public async Task BehindATrustedProxyThatTerminatesTls_ForwardedHttpsGetsHsts_OthersDoNot()
    {
        using var portal = new PortalFactory(new Dictionary<string, string?> { ["Portal:TrustedProxies:0"] = "10.1.0.0/16" });

        async Task<string?> FromAsync(string remote)
        {
            var context = await portal.Server.SendAsync(c =>
            {
                c.Connection.RemoteIpAddress = IPAddress.Parse(remote);
                c.Request.Method = "GET";
                c.Request.Scheme = "http";
                c.Request.Host = new Microsoft.AspNetCore.Http.HostString("verify.example.edu.cn");
                c.Request.Path = "/";
                c.Request.Headers["X-Forwarded-Proto"] = "https";
                c.Request.Headers["X-Forwarded-For"] = "203.0.113.7";
            });
            return context.Response.Headers.StrictTransportSecurity.Count > 0 ? context.Response.Headers.StrictTransportSecurity.ToString() : null;
        }

        Assert.Equal(("max-age=31536000; includeSubDomains", null), (await FromAsync("10.1.2.3"), await FromAsync("192.0.2.50")));
    }

    [Fact]
    public void HstsMaxAge_UnderAYear_FailsAtStart()
    {
        using var portal = new PortalFactory(new Dictionary<string, string?> { ["Portal:HstsMaxAge"] = "30.00:00:00" });

        var error = Assert.ThrowsAny<Exception>(() => portal.CreateClient());

        Assert.Contains("HstsMaxAge", error.ToString(), StringComparison.Ordinal);
    }
}
