using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using CredChain.Core.Sharing;
using CredChain.Verifier.Shares;
using CredChain.Verifier.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CredChain.Verifier.Tests.Shares;

/// <summary>
/// The share store opens off the start path: the portal answers before it exists, opens it on the first share request
/// or <c>Shares:OpenDelay</c> after start, and answers 503 with Retry-After (never touching it) while it cannot be opened.
/// </summary>
public sealed class ShareStoreReadinessTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "credchain-verifier-tests", Guid.NewGuid().ToString("N"));

    public ShareStoreReadinessTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static object NewShare() =>
        new { id = CrockfordBase32.Encode(RandomNumberGenerator.GetBytes(16)), ciphertext = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(64)) };

    [Fact]
    public async Task StoreThatCannotOpen_Answers503WithRetryAfter_ThenOpensOnTheNextRequestOnceItCan()
    {
        // SQLite cannot create a file in a folder that does not exist yet.
        var folder = Path.Combine(_directory, "not-yet");
        var settings = new Dictionary<string, string?> { ["Shares:ConnectionString"] = $"Data Source={Path.Combine(folder, "shares.db")};Pooling=false" };
        using var portal = new PortalFactory(settings);
        var client = portal.CreateClient();

        var refused = await client.PostAsJsonAsync("/api/v1/shares", NewShare());
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        await ProblemAssert.HasAsync(refused, HttpStatusCode.ServiceUnavailable, "service_unavailable", "Share store unavailable");
        Directory.CreateDirectory(folder);
        var created = await client.PostAsJsonAsync("/api/v1/shares", NewShare());

        Assert.Equal((TimeSpan.FromSeconds(ShareStoreGate.RetryAfterSeconds), HttpStatusCode.Created), (retryAfter, created.StatusCode));
        Assert.Equal(await AllMigrationsAsync(portal), await AppliedMigrationsAsync(portal));
    }

    [Fact]
    public async Task Portal_AnswersBeforeTheStoreExists_AndOpensItOpenDelayAfterStart()
    {
        var file = Path.Combine(_directory, "shares.db");
        var settings = new Dictionary<string, string?> { ["Shares:ConnectionString"] = $"Data Source={file};Pooling=false", ["Shares:OpenDelay"] = "00:00:05" };
        using var portal = new PortalFactory(settings);
        var health = await portal.CreateClient().GetAsync("/health");
        var existedWhenListening = File.Exists(file);

        portal.Time.Advance(TimeSpan.FromSeconds(5));
        var readiness = portal.Services.GetRequiredService<ShareStoreReadiness>();
        await readiness.Opened.WaitAsync(TimeSpan.FromSeconds(90));

        Assert.Equal((HttpStatusCode.OK, false), (health.StatusCode, existedWhenListening));
        Assert.Equal(await AllMigrationsAsync(portal), await AppliedMigrationsAsync(portal));
    }

    private static async Task<List<string>> AllMigrationsAsync(PortalFactory portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var all = scope.ServiceProvider.GetRequiredService<ShareDbContext>().Database.GetMigrations().ToList();
        Assert.NotEmpty(all);
        return all;
    }

    private static async Task<List<string>> AppliedMigrationsAsync(PortalFactory portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ShareDbContext>().Database.GetAppliedMigrationsAsync()).ToList();
    }
}
