using System.Net;
using CredChain.Verifier.Tests.Infrastructure;

namespace CredChain.Verifier.Tests.Hosting;

public sealed class RateLimitTests : IDisposable
{
    private readonly PortalFactory _portal = new(new Dictionary<string, string?>
    {
        ["RateLimits:Enabled"] = "true",
        ["RateLimits:ShareReadPermits"] = "2",
        ["RateLimits:QrPermits"] = "1",
        ["RateLimits:GlobalPermits"] = "1000",
    });

    public void Dispose() => _portal.Dispose();

    [Fact]
    public async Task ShareReads_OverTheLimit_Return429ProblemDetailsWithRetryAfter()
    {
        var client = _portal.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 3; i++)
        {
            last = await client.GetAsync("/api/v1/shares/0000000000000000000000000a");
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], statuses);
        await ProblemAssert.HasAsync(last, HttpStatusCode.TooManyRequests, "request.rate_limited", "Too many requests");
        Assert.True(last.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task EachApiArea_HasItsOwnLimit()
    {
        var client = _portal.CreateClient();

        var qr = new[]
        {
            (await client.GetAsync("/api/v1/credentials/01937a2b-7c4d-7e8f-9a0b-1c2d3e4f5a6b/qr")).StatusCode,
            (await client.GetAsync("/api/v1/credentials/01937a2b-7c4d-7e8f-9a0b-1c2d3e4f5a6b/qr")).StatusCode,
        };
        var share = (await client.GetAsync("/api/v1/shares/0000000000000000000000000a")).StatusCode;

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.NotFound), (qr[0], qr[1], share));
    }

    private static async Task<HttpStatusCode> QrFromAsync(PortalFactory portal, string remote, string forwardedFor)
    {
        var context = await portal.Server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = IPAddress.Parse(remote);
            c.Request.Method = "GET";
            c.Request.Path = "/api/v1/credentials/01937a2b-7c4d-7e8f-9a0b-1c2d3e4f5a6b/qr";
            c.Request.Headers["X-Forwarded-For"] = forwardedFor;
        });
        return (HttpStatusCode)context.Response.StatusCode;
    }

    [Fact]
    public async Task BehindATrustedProxy_EachForwardedClientHasItsOwnLimit()
    {
        using var portal = new PortalFactory(new Dictionary<string, string?>
        {
            ["RateLimits:Enabled"] = "true",
            ["RateLimits:QrPermits"] = "1",
            ["Portal:TrustedProxies:0"] = "10.1.0.0/16",
        });

        var statuses = new[]
        {
            await QrFromAsync(portal, "10.1.2.3", "203.0.113.7"),
            await QrFromAsync(portal, "10.1.2.3", "198.51.100.9"),
            await QrFromAsync(portal, "10.1.9.9", "203.0.113.7"),
        };

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task FromAnAddressNotListedAsAProxy_XForwardedForIsIgnored()
    {
        using var portal = new PortalFactory(new Dictionary<string, string?>
        {
            ["RateLimits:Enabled"] = "true",
            ["RateLimits:QrPermits"] = "1",
            ["Portal:TrustedProxies:0"] = "10.1.0.0/16",
        });

        var statuses = new[]
        {
            await QrFromAsync(portal, "192.0.2.50", "203.0.113.7"),
            await QrFromAsync(portal, "192.0.2.50", "198.51.100.9"),
        };

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    private static async Task<HttpStatusCode> QrFromAsync(PortalFactory portal, string remote)
    {
        var context = await portal.Server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = IPAddress.Parse(remote);
            c.Request.Method = "GET";
            c.Request.Path = "/api/v1/credentials/01937a2b-7c4d-7e8f-9a0b-1c2d3e4f5a6b/qr";
        });
        return (HttpStatusCode)context.Response.StatusCode;
    }

    [Fact]
    public async Task Ipv6Clients_ShareALimitPerSlash64()
    {
        using var portal = new PortalFactory(new Dictionary<string, string?> { ["RateLimits:Enabled"] = "true", ["RateLimits:QrPermits"] = "1" });

        var statuses = new[]
        {
            await QrFromAsync(portal, "2001:db8:1:2::1"),
            await QrFromAsync(portal, "2001:db8:1:2:dead:beef:0:1"), // same /64, another address: same client
            await QrFromAsync(portal, "2001:db8:1:3::1"), // the next /64: another client
        };

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK], statuses);
    }

    [Fact]
    public async Task Ipv4Clients_AreLimitedPerAddress_AlsoWhenSeenAsIpv4MappedIpv6()
    {
        using var portal = new PortalFactory(new Dictionary<string, string?> { ["RateLimits:Enabled"] = "true", ["RateLimits:QrPermits"] = "1" });

        var statuses = new[]
        {
            await QrFromAsync(portal, "203.0.113.7"),
            await QrFromAsync(portal, "::ffff:203.0.113.7"), // a dual-stack socket's view of the same client
            await QrFromAsync(portal, "203.0.113.8"),
        };

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK], statuses);
    }

    [Fact]
    public async Task BehindATrustedProxy_ForwardedIpv6Clients_ShareALimitPerSlash64()
    {
        using var portal = new PortalFactory(new Dictionary<string, string?>
        {
            ["RateLimits:Enabled"] = "true",
            ["RateLimits:QrPermits"] = "1",
            ["Portal:TrustedProxies:0"] = "10.1.0.0/16",
        });

        var statuses = new[]
        {
            await QrFromAsync(portal, "10.1.2.3", "2001:db8:aa:1::10"),
            await QrFromAsync(portal, "10.1.2.3", "2001:db8:aa:1::20"),
            await QrFromAsync(portal, "10.1.2.3", "2001:db8:aa:2::10"),
        };

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK], statuses);
    }

    [Fact]
    public void TrustedProxies_NotAnAddressOrNetwork_FailsAtStart()
    {
        using var portal = new PortalFactory(new Dictionary<string, string?> { ["Portal:TrustedProxies:0"] = "proxy.internal" });

        var error = Assert.ThrowsAny<Exception>(() => portal.CreateClient());

        Assert.Contains("Portal:TrustedProxies: 'proxy.internal' is neither an IP address nor a CIDR network.", error.ToString(), StringComparison.Ordinal);
    }
}
