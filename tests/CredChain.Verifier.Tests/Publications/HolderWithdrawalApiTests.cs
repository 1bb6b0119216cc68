using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CredChain.Core.Sharing;
using CredChain.Verifier.Shares;
using CredChain.Verifier.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CredChain.Verifier.Tests.Publications;

/// <summary>
/// The graduate withdraws their printed certificate's published copy with the withdrawal code the institution delivered
/// (the portal knows only its SHA-256): who withdrew it is kept and told to whoever opens the link afterwards.
/// </summary>
public sealed class HolderWithdrawalApiTests : IDisposable
{
    private const string Token = "north-publisher-token-0123456789abcdef";
    private readonly PortalFactory _portal = new(new Dictionary<string, string?>
    {
        ["Publications:Publishers:0:Name"] = "north",
        ["Publications:Publishers:0:TokenSha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Token))),
    });

    public void Dispose() => _portal.Dispose();

    [Fact]
    public async Task RightCode_WithdrawsDurably_AndTheShareAnswers410WithdrawnByHolder()
    {
        var (share, code) = await PublishAsync();

        // Typed as a person would: lower case, dashes, O for 0 and I/L for 1 are all read as the code.
        using var withdrawn = await HolderWithdrawAsync(share.Id, Typed(code));

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var body = await withdrawn.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((share.Id, _portal.Time.GetUtcNow(), "holder"), (body.GetProperty("id").GetString(), body.GetProperty("withdrawnAt").GetDateTimeOffset(), body.GetProperty("withdrawnBy").GetString()));
        Assert.Equal(
            (410, "Share withdrawn", "share.withdrawn", "holder", "The graduate withdrew this certificate's link; ask them for the credential file or a new link."),
            await GoneAsync(share.Id));
        var stored = await StoredAsync(share.Id);
        Assert.Equal((true, ShareWithdrawer.Holder, _portal.Time.GetUtcNow().ToUnixTimeMilliseconds()), (stored.Ciphertext is null, stored.WithdrawnBy, stored.WithdrawnAtMs));
    }

    [Fact]
    public async Task WithdrawingAgain_IsIdempotent_AndKeepsTheFirstTime()
    {
        var (share, code) = await PublishAsync();
        using var first = await HolderWithdrawAsync(share.Id, code);
        var at = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("withdrawnAt").GetDateTimeOffset();
        _portal.Time.Advance(TimeSpan.FromMinutes(5));

        using var again = await HolderWithdrawAsync(share.Id, code);

        var body = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((HttpStatusCode.OK, at, "holder"), (again.StatusCode, body.GetProperty("withdrawnAt").GetDateTimeOffset(), body.GetProperty("withdrawnBy").GetString()));
    }

    [Fact]
    public async Task WrongOrMissingCode_Is403_AndTheShareStillReads()
    {
        var (share, _) = await PublishAsync();

        using var wrong = await HolderWithdrawAsync(share.Id, ShareCode.Format(ShareCode.Generate()));
        using var malformed = await HolderWithdrawAsync(share.Id, "not-a-code");
        using var missing = await HolderWithdrawAsync(share.Id, null);

        await ProblemAssert.HasAsync(wrong, HttpStatusCode.Forbidden, "share.bad_withdrawal_code", "Wrong withdrawal code");
        await ProblemAssert.HasAsync(malformed, HttpStatusCode.Forbidden, "share.bad_withdrawal_code", "Wrong withdrawal code");
        await ProblemAssert.HasAsync(missing, HttpStatusCode.Forbidden, "share.bad_withdrawal_code", "Wrong withdrawal code");
        var read = await _portal.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/shares/{share.Id}");
        Assert.Equal(share.Ciphertext, read.GetProperty("ciphertext").GetString());
    }

    [Fact]
    public async Task ShareWithoutACode_IsRefusedForAnyCode()
    {
        var published = NewShare();
        (await PublishRawAsync(new { id = published.Id, ciphertext = published.Ciphertext })).Dispose();
        var holder = NewShare();
        using var created = await _portal.CreateClient().PostAsJsonAsync("/api/v1/shares", new { id = holder.Id, ciphertext = holder.Ciphertext });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        foreach (var id in new[] { published.Id, holder.Id })
        {
            using var response = await HolderWithdrawAsync(id, ShareCode.Generate());
            await ProblemAssert.HasAsync(response, HttpStatusCode.Forbidden, "share.bad_withdrawal_code", "Wrong withdrawal code");
            using var read = await _portal.CreateClient().GetAsync($"/api/v1/shares/{id}");
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }
    }

    [Fact]
    public async Task UnknownOrMalformedId_Is404()
    {
        using var unknown = await HolderWithdrawAsync(CrockfordBase32.Encode(RandomNumberGenerator.GetBytes(16)), ShareCode.Generate());
        using var malformed = await HolderWithdrawAsync("NOT-AN-ID", ShareCode.Generate());

        await ProblemAssert.HasAsync(unknown, HttpStatusCode.NotFound, "share.not_found", "Share not found");
        await ProblemAssert.HasAsync(malformed, HttpStatusCode.NotFound, "share.not_found", "Share not found");
    }

    [Fact]
    public async Task IssuerAfterHolder_AndHolderAfterIssuer_AreIdempotent_AndTheFirstWithdrawerIsKept()
    {
        var (byHolder, holderCode) = await PublishAsync();
        var (byIssuer, issuerShareCode) = await PublishAsync();
        (await HolderWithdrawAsync(byHolder.Id, holderCode)).Dispose();
        (await IssuerWithdrawAsync(byIssuer.Id)).Dispose();

        using var issuerLater = await IssuerWithdrawAsync(byHolder.Id);
        using var holderLater = await HolderWithdrawAsync(byIssuer.Id, issuerShareCode);

        Assert.Equal((HttpStatusCode.OK, "holder"), (issuerLater.StatusCode, (await issuerLater.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("withdrawnBy").GetString()));
        Assert.Equal((HttpStatusCode.OK, "issuer"), (holderLater.StatusCode, (await holderLater.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("withdrawnBy").GetString()));
        Assert.Equal("holder", (await GoneAsync(byHolder.Id)).WithdrawnBy);
        Assert.Equal(
            (410, "Share withdrawn", "share.withdrawn", "issuer", "The issuing institution withdrew this certificate's link; ask the holder for the credential file or a new link."),
            await GoneAsync(byIssuer.Id));
    }

    [Fact]
    public async Task Publish_WithAMalformedWithdrawalHash_Is400AndStoresNothing()
    {
        var share = NewShare();

        using var response = await PublishRawAsync(new { id = share.Id, ciphertext = share.Ciphertext, holderWithdrawalCodeSha256 = "ABC" });

        await ProblemAssert.HasAsync(response, HttpStatusCode.BadRequest, "share.invalid", "Invalid publication");
        using var read = await _portal.CreateClient().GetAsync($"/api/v1/shares/{share.Id}");
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact]
    public async Task HolderWithdrawals_AreRateLimitedPerClient_LikeDeletes()
    {
        using var portal = new PortalFactory(new Dictionary<string, string?>
        {
            ["RateLimits:Enabled"] = "true",
            ["RateLimits:ShareCreatePermits"] = "2",
            ["RateLimits:GlobalPermits"] = "1000",
        });
        var id = CrockfordBase32.Encode(RandomNumberGenerator.GetBytes(16));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/shares/{id}/withdraw");
            request.Headers.Add("X-Withdrawal-Code", ShareCode.Generate());
            using var response = await portal.CreateClient().SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], statuses);
    }

    private static (string Id, string Ciphertext) NewShare() =>
        (CrockfordBase32.Encode(RandomNumberGenerator.GetBytes(16)), Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(200)));

    /// <summary>The code with every ambiguity a person might type: lower case, dashes, O for 0, L for 1.</summary>
    private static string Typed(string code) =>
        ShareCode.Format(code).ToLowerInvariant().Replace('0', 'o').Replace('1', 'l');

    /// <summary>Publishes a copy with a fresh withdrawal code's hash, as the issuing service does; returns the code.</summary>
    private async Task<((string Id, string Ciphertext) Share, string Code)> PublishAsync()
    {
        var share = NewShare();
        var code = ShareCode.Generate();
        using var response = await PublishRawAsync(new { id = share.Id, ciphertext = share.Ciphertext, holderWithdrawalCodeSha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(code))) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (share, code);
    }

    private async Task<HttpResponseMessage> PublishRawAsync(object share)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/publications") { Content = JsonContent.Create(new { shares = new[] { share } }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return await _portal.CreateClient().SendAsync(request);
    }

    private async Task<HttpResponseMessage> HolderWithdrawAsync(string id, string? code)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/shares/{id}/withdraw");
        if (code is not null)
        {
            request.Headers.Add("X-Withdrawal-Code", code);
        }

        return await _portal.CreateClient().SendAsync(request);
    }

    private async Task<HttpResponseMessage> IssuerWithdrawAsync(string id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/publications/{id}/withdraw");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return await _portal.CreateClient().SendAsync(request);
    }

    private async Task<(int Status, string Title, string Code, string WithdrawnBy, string Detail)> GoneAsync(string id)
    {
        using var response = await _portal.CreateClient().GetAsync($"/api/v1/shares/{id}");
        var p = await ProblemAssert.HasAsync(response, HttpStatusCode.Gone, "share.withdrawn");
        return ((int)response.StatusCode, p.GetProperty("title").GetString()!, p.GetProperty("code").GetString()!, p.GetProperty("withdrawnBy").GetString()!, p.GetProperty("detail").GetString()!);
    }

    /// <summary>The share's row as a fresh database context reads it: what the 200 acknowledged is committed.</summary>
    private async Task<ShareRecord> StoredAsync(string id)
    {
        using var scope = _portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShareDbContext>();
        return await db.Shares.AsNoTracking().SingleAsync(s => s.Id == id);
    }
}
