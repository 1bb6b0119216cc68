using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CredChain.Core.Hashing;
using CredChain.Issuer.Anchoring;
using CredChain.Issuer.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CredChain.Issuer.Tests.Drills;

/// <summary>
/// The node is stopped for a minute (its state kept) while two accounts have credentials, an upload and a revocation
/// waiting: every error is transient, so nothing fails; each lane backs off and retries, and once the node is back
/// everything is anchored or sent exactly once.
/// </summary>
public sealed class RpcOutageDrillTests : IAsyncLifetime
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(60);

    private readonly string _directory = Directory.CreateTempSubdirectory("credchain-outage-drill-").FullName;
    private IssuerChain _chain = null!;

    public async Task InitializeAsync()
    {
        _chain = new IssuerChain { StateFile = Path.Combine(_directory, "anvil-state.json") };
        await _chain.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _chain.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task RpcStoppedForAMinute_ErrorsAreTransient_RetriedWithBackoff_AndEverythingIsSentOnceWhenItReturns()
    {
        var a = new IssuerKey(_chain.Issuer, _chain.IssuerKeyVariable, "Test University");
        var b = await _chain.CreateIssuerAsync("Second College");
        var settings = _chain.ServiceSettings(a, b);
        settings["Anchoring:InitialBackoff"] = "00:00:00.100";
        settings["Anchoring:MaxBackoff"] = "00:00:02";
        settings["Chain:RequestTimeout"] = "00:00:02";
        await using var factory = new IssuerApiFactory(settings);
        using var http = factory.CreateClientFor([a.Address, b.Address], "registrar", "revoker", "auditor");
        var api = new ServiceClient(http);
        var before = await api.IssueAsync("anchored before the outage", a.Address);
        await api.WaitForCredentialAsync(before, "anchored");

        await _chain.StopNodeAsync();
        var credentials = new List<Guid>();
        foreach (var issuer in new[] { a, b, a, b })
        {
            credentials.Add(await api.IssueAsync("during the outage", issuer.Address));
        }

        var upload = await api.UploadAsync(5, "outage-upload", b.Address);
        using var revoke = await api.RevokeAsync(before, 2);
        Assert.Equal(HttpStatusCode.Accepted, revoke.StatusCode);
        var revocation = (await revoke.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var status = factory.Services.GetRequiredService<ChainStatus>();
        var mostFailures = await WatchFailuresAsync(status, Outage);
        await _chain.RestartNodeAsync();

        // Retried through the outage (not given up, not failed), then done once.
        Assert.True(mostFailures >= 5, $"The lanes failed {mostFailures} consecutive rounds during the outage.");
        await api.WaitForRevocationAsync(revocation, "confirmed", timeoutSeconds: 120);
        await api.WaitForBatchAsync(upload, "anchored", timeoutSeconds: 120);
        var batches = new HashSet<Guid> { upload };
        foreach (var id in credentials)
        {
            batches.Add((await api.WaitForCredentialAsync(id, "anchored", timeoutSeconds: 120)).GetProperty("batchId").GetGuid());
        }

        var perIssuer = new Dictionary<string, int>(StringComparer.Ordinal) { [a.Address] = 0, [b.Address] = 0 };
        foreach (var id in batches)
        {
            var batch = await api.BatchAsync(id);
            Assert.Equal(("anchored", JsonValueKind.Null), (batch.GetProperty("state").GetString(), batch.GetProperty("failure").ValueKind));
            Assert.Equal(1, await _chain.CountAnchorEventsAsync(Hash32.Parse(batch.GetProperty("root").GetString()!).ToByteArray()));
            perIssuer[batch.GetProperty("issuer").GetString()!]++;
        }

        // A: its first batch, the batches of the outage and one revocation; B: its batches. No transaction twice.
        Assert.Equal(1 + perIssuer[a.Address] + 1, await _chain.TransactionCountAsync(a.Address));
        Assert.Equal(perIssuer[b.Address], await _chain.TransactionCountAsync(b.Address));
    }

    /// <summary>The most consecutive failed rounds the lanes report while the node stays down for <paramref name="outage"/>.</summary>
    private static async Task<int> WatchFailuresAsync(ChainStatus status, TimeSpan outage)
    {
        var most = 0;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (watch.Elapsed < outage)
        {
            most = Math.Max(most, status.Snapshot().ConsecutiveFailures);
            await Task.Delay(250);
        }

        return most;
    }
}
