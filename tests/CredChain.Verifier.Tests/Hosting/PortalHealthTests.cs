using System.Net;
using CredChain.Verifier.Tests.Infrastructure;

namespace CredChain.Verifier.Tests.Hosting;

/// <summary>/health: status only, unless the caller sends the configured Portal:HealthDetailsKey.</summary>
public sealed class PortalHealthTests
{
    private const string Key = "health-key-for-tests-0123456789abcdef";

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(PortalFactory portal, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        if (key is not null)
        {
            request.Headers.Add("X-Health-Key", key);
        }

        var response = await portal.CreateClient().SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_NoKeyConfigured_AnyKeySentStillGetsTheStatusOnly()
    {
        using var portal = new PortalFactory();

        Assert.Equal((HttpStatusCode.OK, """{"status":"Healthy"}"""), await GetAsync(portal, Key));
    }

    [Fact]
    public async Task Health_WithTheConfiguredKey_ShowsEachCheck()
    {
        using var portal = new PortalFactory(new Dictionary<string, string?> { ["Portal:HealthDetailsKey"] = Key });

        Assert.Equal(
            (HttpStatusCode.OK, """{"status":"Healthy","checks":{"networks":{"status":"Healthy","description":"Every network's event index is current."}}}"""),
            await GetAsync(portal, Key));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("health-key-for-tests-0123456789abcdeF")]
    [InlineData("health-key-for-tests-0123456789abcdef ")]
    public async Task Health_WithoutTheRightKey_GetsTheStatusOnly(string? sent)
    {
        using var portal = new PortalFactory(new Dictionary<string, string?> { ["Portal:HealthDetailsKey"] = Key });

        Assert.Equal((HttpStatusCode.OK, """{"status":"Healthy"}"""), await GetAsync(portal, sent));
    }

    [Fact]
    public void HealthDetailsKey_ShorterThan32Characters_FailsAtStart()
    {
        using var portal = new PortalFactory(new Dictionary<string, string?> { ["Portal:HealthDetailsKey"] = "short" });

        var error = Assert.ThrowsAny<Exception>(() => portal.CreateClient());

        Assert.Contains("Portal:HealthDetailsKey must be empty (no health details) or at least 32 characters.", error.ToString(), StringComparison.Ordinal);
    }
}
