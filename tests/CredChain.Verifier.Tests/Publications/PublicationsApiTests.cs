using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CredChain.Core.Sharing;
using CredChain.Verifier.Tests.Infrastructure;

namespace CredChain.Verifier.Tests.Publications;

/// <summary>Issuing services publish and withdraw printed certificates' encrypted copies; nobody else can.</summary>
public sealed class PublicationsApiTests : IDisposable
{
    private const string NorthToken = "north-publisher-token-0123456789abcdef";
    private const string SouthToken = "south-publisher-token-0123456789abcdef";
    private readonly PortalFactory _portal = new(new Dictionary<string, string?>
    {
        ["Publications:Publishers:0:Name"] = "north",
        ["Publications:Publishers:0:TokenSha256"] = Hash(NorthToken),
        ["Publications:Publishers:1:Name"] = "south",
        ["Publications:Publishers:1:TokenSha256"] = Hash(SouthToken),
    });

    public void Dispose() => _portal.Dispose();

    [Fact]
    public async Task Publish_WithoutOrWithAWrongToken_Is401AndStoresNothing()
    {
        var share = NewShare();
        using var none = await PublishAsync(null, share);
        using var wrong = await PublishAsync("not-a-publisher", share);

        await ProblemAssert.HasAsync(none, HttpStatusCode.Unauthorized, "publication.unauthorized");
        await ProblemAssert.HasAsync(wrong, HttpStatusCode.Unauthorized, "publication.unauthorized");
        using var read = await _portal.CreateClient().GetAsync($"/api/v1/shares/{share.Id}");
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact]
    public async Task Publish_ThenRetry_StoresOnce_AndTheShareIsReadableByAnyone()
    {
        var first = NewShare();
        var second = NewShare();
        using var published = await PublishAsync(NorthToken, first, second);
        using var retried = await PublishAsync(NorthToken, first, second);

        var a = await published.Content.ReadFromJsonAsync<JsonElement>();
        var b = await retried.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((HttpStatusCode.OK, 2, 0), (published.StatusCode, a.GetProperty("created").GetInt32(), a.GetProperty("alreadyPublished").GetInt32()));
        Assert.Equal((HttpStatusCode.OK, 0, 2), (retried.StatusCode, b.GetProperty("created").GetInt32(), b.GetProperty("alreadyPublished").GetInt32()));
        var read = await _portal.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/shares/{first.Id}");
        Assert.Equal(first.Ciphertext, read.GetProperty("ciphertext").GetString());
    }

    [Fact]
    public async Task Withdraw_ByAnotherPublisher_Is403_ByItsPublisher_Makes410Withdrawn()
    {
        var share = NewShare();
        (await PublishAsync(NorthToken, share)).Dispose();

        using var bySouth = await WithdrawAsync(SouthToken, share.Id);
        await ProblemAssert.HasAsync(bySouth, HttpStatusCode.Forbidden, "publication.forbidden");
        using var stillThere = await _portal.CreateClient().GetAsync($"/api/v1/shares/{share.Id}");
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);

        using var byNorth = await WithdrawAsync(NorthToken, share.Id);
        Assert.Equal(HttpStatusCode.OK, byNorth.StatusCode);
        using var gone = await _portal.CreateClient().GetAsync($"/api/v1/shares/{share.Id}");
        await ProblemAssert.HasAsync(gone, HttpStatusCode.Gone, "share.withdrawn");
    }

    [Fact]
    public async Task Publish_AnIdHeldByAHolderShare_Is409AndStoresNothing()
    {
        var holder = NewShare();
        using var created = await _portal.CreateClient().PostAsJsonAsync("/api/v1/shares", new { id = holder.Id, ciphertext = holder.Ciphertext, expiresInDays = 7 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var fresh = NewShare();

        using var publish = await PublishAsync(NorthToken, fresh, holder);

        await ProblemAssert.HasAsync(publish, HttpStatusCode.Conflict, "share.exists");
        using var read = await _portal.CreateClient().GetAsync($"/api/v1/shares/{fresh.Id}");
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    private static (string Id, string Ciphertext) NewShare() =>
        (CrockfordBase32.Encode(RandomNumberGenerator.GetBytes(16)), Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(200)));

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private async Task<HttpResponseMessage> PublishAsync(string? token, params (string Id, string Ciphertext)[] shares)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/publications")
        {
            Content = JsonContent.Create(new { shares = shares.Select(s => new { id = s.Id, ciphertext = s.Ciphertext }) }),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await _portal.CreateClient().SendAsync(request);
    }

    private async Task<HttpResponseMessage> WithdrawAsync(string token, string id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/publications/{id}/withdraw");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _portal.CreateClient().SendAsync(request);
    }
}
