using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using CredChain.Core.Sharing;
using CredChain.Verifier.Shares;
using CredChain.Verifier.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CredChain.Verifier.Tests.Shares;

/// <summary>The global caps on live shares (count and total ciphertext bytes): 507 share.store_full past them.</summary>
public sealed class ShareStoreCapTests
{
    private static string NewId() => CrockfordBase32.Encode(RandomNumberGenerator.GetBytes(16));

    private static string Ciphertext(int bytes) => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(bytes));

    private static Task<HttpResponseMessage> CreateAsync(HttpClient client, int bytes, int days = 30) =>
        client.PostAsJsonAsync("/api/v1/shares", new { id = NewId(), ciphertext = Ciphertext(bytes), expiresInDays = days });

    private static async Task<(int Count, long Bytes)> UsageAsync(PortalFactory portal)
    {
        using var scope = portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ShareStore>().LiveUsageAsync(portal.Time.GetUtcNow().ToUnixTimeMilliseconds(), CancellationToken.None);
    }

    [Fact]
    public async Task Create_PastTheLiveShareCount_Returns507StoreFull_UntilAShareExpires()
    {
        using var portal = new PortalFactory(new Dictionary<string, string?> { ["Shares:MaxLiveShares"] = "2" });
        var client = portal.CreateClient();
        var first = (await CreateAsync(client, 100, days: 1)).StatusCode;
        var second = (await CreateAsync(client, 100)).StatusCode;

        var full = await CreateAsync(client, 100);
        portal.Time.Advance(TimeSpan.FromDays(1)); // the first share expires; no purge has run
        var afterExpiry = (await CreateAsync(client, 100)).StatusCode;

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created), (first, second, afterExpiry));
        await ProblemAssert.HasAsync(full, HttpStatusCode.InsufficientStorage, "share.store_full", "Share store full");
        Assert.Equal((2, 200L), await UsageAsync(portal));
    }

    [Fact]
    public async Task Create_PastTheTotalCiphertextBytes_Returns507_ASmallerShareStillFits_ADeleteFreesTheSpace()
    {
        using var portal = new PortalFactory(new Dictionary<string, string?> { ["Shares:MaxTotalCiphertextBytes"] = "1048576" });
        var client = portal.CreateClient();
        var created = new List<JsonElement>();
        for (var i = 0; i < 5; i++)
        {
            created.Add(await (await CreateAsync(client, 200_000)).Content.ReadFromJsonAsync<JsonElement>());
        }

        var tooBig = await CreateAsync(client, 100_000); // 1,100,000 > 1,048,576
        var fits = (await CreateAsync(client, 48_576)).StatusCode; // exactly 1,048,576
        var full = await CreateAsync(client, ShareCrypto.MinCiphertextBytes);
        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/shares/{created[0].GetProperty("id").GetString()}");
        delete.Headers.Add(SharesApi.DeleteTokenHeader, created[0].GetProperty("deleteToken").GetString());
        var deleted = (await client.SendAsync(delete)).StatusCode;
        var afterDelete = (await CreateAsync(client, 100_000)).StatusCode;

        await ProblemAssert.HasAsync(tooBig, HttpStatusCode.InsufficientStorage, "share.store_full", "Share store full");
        await ProblemAssert.HasAsync(full, HttpStatusCode.InsufficientStorage, "share.store_full", "Share store full");
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.NoContent, HttpStatusCode.Created), (fits, deleted, afterDelete));
        Assert.Equal((6, 948_576L), await UsageAsync(portal));
    }

    [Fact]
    public void MaxCiphertextBytes_BelowTheLargestVerifiableDocument_FailsAtStart()
    {
        using var portal = new PortalFactory(new Dictionary<string, string?> { ["Shares:MaxCiphertextBytes"] = "262171" });

        var error = Assert.ThrowsAny<Exception>(() => portal.CreateClient());

        Assert.Contains(
            "Shares:MaxCiphertextBytes (262171) must be at least 262172: the largest document the portal verifies (CredentialLimits.MaxDocumentBytes, 262144) plus the 12-byte nonce and 16-byte tag.",
            error.ToString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public void MaxTotalCiphertextBytes_BelowOneShare_FailsAtStart()
    {
        using var portal = new PortalFactory(new Dictionary<string, string?> { ["Shares:MaxCiphertextBytes"] = "2097152", ["Shares:MaxTotalCiphertextBytes"] = "1048576" });

        var error = Assert.ThrowsAny<Exception>(() => portal.CreateClient());

        Assert.Contains("Shares:MaxTotalCiphertextBytes (1048576) must be at least Shares:MaxCiphertextBytes (2097152).", error.ToString(), StringComparison.Ordinal);
    }
}
