using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using CredChain.Core.Sharing;
using CredChain.Verifier.Shares;
using CredChain.Verifier.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CredChain.Verifier.Tests.Shares;

public sealed class SharePurgeServiceTests : IDisposable
{
    private readonly PortalFactory _portal = new(new Dictionary<string, string?> { ["Shares:PurgeInterval"] = "01:00:00" }, runPurgeService: true);

    public void Dispose() => _portal.Dispose();

    [Fact]
    public async Task BackgroundPurge_WipesExpiredCiphertextOnItsNextTick()
    {
        var client = _portal.CreateClient();
        var id = CrockfordBase32.Encode(RandomNumberGenerator.GetBytes(16));
        var created = await client.PostAsJsonAsync("/api/v1/shares", new { id, ciphertext = new string('A', 64), expiresInDays = 1 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        _portal.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1));

        // The purge runs on the service's own task: wait for it (bounded), the fake clock already moved.
        byte[]? ciphertext = [1];
        for (var waited = System.Diagnostics.Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromSeconds(60) && ciphertext is not null;)
        {
            await Task.Delay(50);
            using var scope = _portal.Services.CreateScope();
            ciphertext = (await scope.ServiceProvider.GetRequiredService<ShareDbContext>().Shares.AsNoTracking().SingleAsync(s => s.Id == id)).Ciphertext;
        }

        Assert.Null(ciphertext);
    }
}
