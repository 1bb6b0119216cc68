using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CredChain.Core.Sharing;
using CredChain.Verifier.Shares;
using CredChain.Verifier.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CredChain.Verifier.Tests.Shares;

public sealed class SharesApiTests : IDisposable
{
    private readonly PortalFactory _portal = new();
    private readonly HttpClient _client;

    public SharesApiTests() => _client = _portal.CreateClient();

    public void Dispose() => _portal.Dispose();

    private static string NewId() => CrockfordBase32.Encode(RandomNumberGenerator.GetBytes(16));

    private static string Ciphertext(int length = 100) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(length)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private Task<HttpResponseMessage> CreateAsync(string id, string ciphertext, int? days = null) =>
        _client.PostAsJsonAsync("/api/v1/shares", new { id, ciphertext, expiresInDays = days });

    [Fact]
    public async Task Create_ThenGet_ReturnsTheSameCiphertextWithTheDefaultThirtyDayExpiry()
    {
        var id = NewId();
        var ciphertext = Ciphertext();

        var created = await CreateAsync(id, ciphertext);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var fetched = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/shares/{id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/v1/shares/{id}", created.Headers.Location?.OriginalString);
        var expiresAt = _portal.Time.GetUtcNow().AddDays(30);
        Assert.Equal(id, body.GetProperty("id").GetString());
        Assert.Equal(expiresAt, body.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.Equal(52, body.GetProperty("deleteToken").GetString()!.Length);
        Assert.Equal((id, ciphertext, expiresAt), (fetched.GetProperty("id").GetString(), fetched.GetProperty("ciphertext").GetString(), fetched.GetProperty("expiresAt").GetDateTimeOffset()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(181)]
    [InlineData(-5)]
    public async Task Create_WithExpiryOutsideOneTo180Days_Returns400ShareInvalid(int days)
    {
        var response = await CreateAsync(NewId(), Ciphertext(), days);

        await ProblemAssert.HasAsync(response, HttpStatusCode.BadRequest, "share.invalid", "Invalid share");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(180)]
    public async Task Create_WithExpiryAtTheBounds_IsAccepted(int days)
    {
        var response = await CreateAsync(NewId(), Ciphertext(), days);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(_portal.Time.GetUtcNow().AddDays(days), body.GetProperty("expiresAt").GetDateTimeOffset());
    }

    [Theory]
    [InlineData("short")]
    [InlineData("ABCDEFGHJKMNPQRSTVWXYZ0123")]
    [InlineData("0123456789abcdefghjkmnpqri")]
    public async Task Create_WithMalformedId_Returns400ShareInvalid(string id)
    {
        await ProblemAssert.HasAsync(await CreateAsync(id, Ciphertext()), HttpStatusCode.BadRequest, "share.invalid", "Invalid share");
    }

    [Theory]
    [InlineData("not base64 !")]
    [InlineData("AAAA")]
    public async Task Create_WithCiphertextThatIsNotBase64UrlAesGcm_Returns400ShareInvalid(string ciphertext)
    {
        await ProblemAssert.HasAsync(await CreateAsync(NewId(), ciphertext), HttpStatusCode.BadRequest, "share.invalid", "Invalid share");
    }

    [Fact]
    public async Task Create_WithTheSameIdTwice_Returns409ShareExists()
    {
        var id = NewId();
        await CreateAsync(id, Ciphertext());

        await ProblemAssert.HasAsync(await CreateAsync(id, Ciphertext()), HttpStatusCode.Conflict, "share.exists", "Share already exists");
    }

    [Fact]
    public async Task Create_WithCiphertextOverTheLimit_Returns413()
    {
        var response = await CreateAsync(NewId(), Ciphertext(CredChain.Core.Documents.CredentialLimits.MaxDocumentBytes + 2048));

        await ProblemAssert.HasAsync(response, HttpStatusCode.RequestEntityTooLarge, "request.too_large", "Request body too large");
    }

    [Fact]
    public async Task Create_WithBodyThatIsNotJson_Returns400InvalidJson()
    {
        var response = await _client.PostAsync("/api/v1/shares", new StringContent("{\"id\": ", Encoding.UTF8, "application/json"));

        await ProblemAssert.HasAsync(response, HttpStatusCode.BadRequest, "request.invalid_json", "Invalid JSON");
    }

    [Fact]
    public async Task Get_UnknownShare_Returns404ShareNotFound()
    {
        await ProblemAssert.HasAsync(await _client.GetAsync($"/api/v1/shares/{NewId()}"), HttpStatusCode.NotFound, "share.not_found", "Share not found");
    }

    [Fact]
    public async Task Get_AfterExpiry_Returns410ShareExpired_AndThePurgeWipesTheCiphertext()
    {
        var id = NewId();
        await CreateAsync(id, Ciphertext(), days: 1);

        _portal.Time.Advance(TimeSpan.FromDays(1));
        var afterExpiry = await _client.GetAsync($"/api/v1/shares/{id}");
        using var scope = _portal.Services.CreateScope();
        var purged = await scope.ServiceProvider.GetRequiredService<ShareStore>().PurgeAsync(CancellationToken.None);
        var stored = await scope.ServiceProvider.GetRequiredService<ShareDbContext>().Shares.AsNoTracking().SingleAsync(s => s.Id == id);
        var afterPurge = await _client.GetAsync($"/api/v1/shares/{id}");

        await ProblemAssert.HasAsync(afterExpiry, HttpStatusCode.Gone, "share.expired", "Share expired");
        Assert.Equal((1, 0), purged);
        Assert.Null(stored.Ciphertext);
        await ProblemAssert.HasAsync(afterPurge, HttpStatusCode.Gone, "share.expired", "Share expired");
    }

    [Fact]
    public async Task Purge_ForgetsTombstonesAfterTheirRetention()
    {
        var id = NewId();
        await CreateAsync(id, Ciphertext(), days: 1);
        using var scope = _portal.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<ShareStore>();

        _portal.Time.Advance(TimeSpan.FromDays(2));
        var first = await store.PurgeAsync(CancellationToken.None);
        _portal.Time.Advance(TimeSpan.FromDays(180));
        var second = await store.PurgeAsync(CancellationToken.None);

        Assert.Equal(((1, 0), (0, 1)), (first, second));
        await ProblemAssert.HasAsync(await _client.GetAsync($"/api/v1/shares/{id}"), HttpStatusCode.NotFound, "share.not_found", "Share not found");
    }

    [Fact]
    public async Task Delete_WithTheToken_RemovesTheShare()
    {
        var id = NewId();
        var created = await (await CreateAsync(id, Ciphertext())).Content.ReadFromJsonAsync<JsonElement>();
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/shares/{id}");
        request.Headers.Add("X-Delete-Token", created.GetProperty("deleteToken").GetString());

        var deleted = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await ProblemAssert.HasAsync(await _client.GetAsync($"/api/v1/shares/{id}"), HttpStatusCode.NotFound, "share.not_found", "Share not found");
    }

    [Fact]
    public async Task Delete_WithAWrongToken_Returns403AndKeepsTheShare()
    {
        var id = NewId();
        await CreateAsync(id, Ciphertext());
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/shares/{id}");
        request.Headers.Add("X-Delete-Token", "wrong");

        var response = await _client.SendAsync(request);

        await ProblemAssert.HasAsync(response, HttpStatusCode.Forbidden, "share.bad_delete_token", "Wrong delete token");
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/api/v1/shares/{id}")).StatusCode);
    }

    [Fact]
    public async Task Store_KeepsOnlyTheCiphertextAndAHashOfTheDeleteToken()
    {
        var id = NewId();
        var ciphertext = Ciphertext();
        var created = await (await CreateAsync(id, ciphertext)).Content.ReadFromJsonAsync<JsonElement>();
        var token = created.GetProperty("deleteToken").GetString()!;
        using var scope = _portal.Services.CreateScope();

        var stored = await scope.ServiceProvider.GetRequiredService<ShareDbContext>().Shares.AsNoTracking().SingleAsync(s => s.Id == id);

        Assert.Equal(System.Buffers.Text.Base64Url.DecodeFromChars(ciphertext), stored.Ciphertext);
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(token)), stored.DeleteTokenHash);
    }
}
