using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CredChain.Core.Hashing;
using CredChain.Issuer.Anchoring;
using CredChain.Issuer.Storage;
using CredChain.Issuer.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CredChain.Issuer.Tests.Drills;

/// <summary>
/// One account's failing work never stops another's: a suspended issuer, a squatted root, a key removed from the
/// configuration, and 50 concurrent revocations of one credential, on a real anvil node. Each drill counts the
/// transactions and events on chain and the rows in the database: nothing lost, nothing sent twice.
/// </summary>
public sealed class FaultIsolationDrillTests : IClassFixture<IssuerChain>
{
    private readonly IssuerChain _chain;

    public FaultIsolationDrillTests(IssuerChain chain) => _chain = chain;

    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Fact]
    public async Task SuspendedIssuer_ItsBatchesFailWithTheReason_AnotherIssuersRevocationsGoOn_AndRetryAfterReinstatementAnchorsEachOnce()
    {
        var a = await _chain.CreateIssuerAsync("Suspended University");
        var b = await _chain.CreateIssuerAsync("Healthy College");
        await using var factory = new IssuerApiFactory(_chain.ServiceSettings(a, b));
        using var http = factory.CreateClientFor([a.Address, b.Address], "registrar", "revoker", "auditor");
        var api = new ServiceClient(http);
        Guid[] toRevoke = [await api.IssueAsync("b 1", b.Address), await api.IssueAsync("b 2", b.Address)];
        foreach (var id in toRevoke)
        {
            await api.WaitForCredentialAsync(id, "anchored");
        }

        await _chain.SuspendAsync(a);
        var failing = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            failing.Add(await api.UploadAsync(4, $"suspended-{i}", a.Address));
        }

        var revocations = await RevokeAllAsync(api, toRevoke);
        var later = await api.IssueAsync("b 3", b.Address);

        // B's revocations are sent and its new credential anchored, while A's batches fail.
        foreach (var id in revocations)
        {
            await api.WaitForRevocationAsync(id, "confirmed");
        }

        await api.WaitForCredentialAsync(later, "anchored");
        await AssertFailedNotAccreditedAsync(api, failing);
        Assert.Equal(0, await _chain.TransactionCountAsync(a.Address));

        await _chain.ReinstateAsync(a);
        await RetryThenAssertAnchoredOnceAsync(api, failing);
        Assert.Equal(3, await _chain.TransactionCountAsync(a.Address));
        var bBatches = new HashSet<Guid>();
        foreach (var id in toRevoke.Append(later))
        {
            bBatches.Add((await api.CredentialAsync(id)).GetProperty("batchId").GetGuid());
        }

        Assert.Equal(bBatches.Count + 2, await _chain.TransactionCountAsync(b.Address));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task FiftyConcurrentRevokes_OfOneCredential_StoreOneRevocation_SendOneTransaction_AndAllNameIt(string provider)
    {
        var issuer = await _chain.CreateIssuerAsync("Revoking Institute");
        await using var database = await TestDatabase.CreateAsync(provider);
        var settings = _chain.ServiceSettings(issuer);
        foreach (var (key, value) in database.Settings)
        {
            settings[key] = value;
        }

        await using var factory = new IssuerApiFactory(settings);
        using var http = factory.CreateClientFor([issuer.Address], "registrar", "revoker", "auditor");
        var api = new ServiceClient(http);
        var id = await api.IssueAsync("revoked fifty times", issuer.Address);
        var anchored = await api.WaitForCredentialAsync(id, "anchored");
        var sentBefore = await _chain.TransactionCountAsync(issuer.Address);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
        {
            using var response = await api.RevokeAsync(id, 4);
            return (response.StatusCode, Body: await response.Content.ReadFromJsonAsync<JsonElement>());
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        var revocationId = Assert.Single(responses.Select(r => r.Body.GetProperty("id").GetGuid()).Distinct());
        Assert.Equal(49, responses.Count(r => r.Body.GetProperty("replayed").GetBoolean()));
        await api.WaitForCredentialAsync(id, "revoked");
        var revocation = await api.RevocationAsync(revocationId);
        Assert.Equal(("confirmed", 4, id), (revocation.GetProperty("state").GetString(), revocation.GetProperty("reason").GetInt32(), revocation.GetProperty("credentialId").GetGuid()));

        using var again = await api.RevokeAsync(id, 5);
        var replay = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((HttpStatusCode.Accepted, revocationId, "confirmed", true), (again.StatusCode, replay.GetProperty("id").GetGuid(), replay.GetProperty("state").GetString(), replay.GetProperty("replayed").GetBoolean()));
        Assert.Equal(sentBefore + 1, await _chain.TransactionCountAsync(issuer.Address));
        var targetHash = Hash32.Parse(anchored.GetProperty("document").GetProperty("proof").GetProperty("targetHash").GetString()!).ToByteArray();
        Assert.Equal(1, await _chain.CountCredentialRevokedEventsAsync(targetHash));
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<IssuerDbContext>().Revocations.CountAsync(r => r.CredentialId == id));
    }

    [Fact]
    public async Task KeyRemovedFromConfiguration_ThatAccountsWorkFails_OthersGoOn_AndRetryWithTheKeyBackReconcilesByHash()
    {
        var removed = await _chain.CreateIssuerAsync("Removed Key University");
        var kept = await _chain.CreateIssuerAsync("Kept Key College");
        var directory = Directory.CreateTempSubdirectory("credchain-key-drill-").FullName;
        var storage = $"Data Source={Path.Combine(directory, "issuer.db")};Pooling=False";
        Dictionary<string, string?> Settings(params IssuerKey[] keys)
        {
            var settings = _chain.ServiceSettings(keys);
            settings["Storage:ConnectionString"] = storage;
            return settings;
        }

        // 1. The upload's transaction is sent, and the service stops before reading its receipt; a single credential waits for a batch.
        var work = await SendThenStopAsync(Settings(removed, kept), removed, kept);
        var (sent, waiting) = work;

        // 2. Restarted without that account's key: its work fails with the reason, the other account's goes on.
        string writtenAhead;
        Guid waitingBatch;
        await using (var second = new IssuerApiFactory(Settings(kept)))
        {
            using var http = second.CreateClientFor([removed.Address, kept.Address], "registrar", "auditor");
            var api = new ServiceClient(http);
            var failed = await api.WaitForBatchAsync(sent, "failed");
            AssertFailure(failed.GetProperty("failure"), "no_signing_key", null);
            writtenAhead = failed.GetProperty("transactionHash").GetString()!;
            var waited = await api.WaitForCredentialAsync(waiting, "failed");
            AssertFailure(waited.GetProperty("failure"), "no_signing_key", null);
            waitingBatch = waited.GetProperty("batchId").GetGuid();
            await api.WaitForCredentialAsync(await api.IssueAsync("kept goes on", kept.Address), "anchored");

            using var refused = await api.RetryBatchAsync(sent);
            await ProblemAssert.HasAsync(refused, HttpStatusCode.Conflict, "unknown_issuer_account");
        }

        // 3. The key is back: the retried batch is reconciled by its hash (the transaction sent in step 1 is the anchor), nothing is signed again.
        await AssertReconciledByHashAsync(Settings(removed, kept), removed, kept, work, waitingBatch, writtenAhead);

        Assert.Equal(2, await _chain.TransactionCountAsync(removed.Address));
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task RootAnchoredFirstByAnotherIssuer_SquatsNothing_TheVictimsBatchAnchorsUnderItsOwnAccount()
    {
        // Roots are keyed by issuer on chain: an insider who copies a pending root from the transaction pool and anchors
        // it first only makes a record of their own; the victim's transaction still anchors, once.
        var victim = await _chain.CreateIssuerAsync("Squatted University");
        var squatter = await _chain.CreateIssuerAsync("Squatter");
        var bystander = await _chain.CreateIssuerAsync("Bystander College");
        var paused = new PausingFaultInjector(FaultPoint.BeforeSend);
        await using var factory = new IssuerApiFactory(_chain.ServiceSettings(victim, bystander), s => s.AddSingleton<IFaultInjector>(paused));
        using var http = factory.CreateClientFor([victim.Address, bystander.Address], "registrar", "auditor");
        var api = new ServiceClient(http);

        var batchId = await api.UploadAsync(3, "squatted", victim.Address);
        Assert.Equal(batchId, await paused.Reached.WaitAsync(TimeSpan.FromSeconds(60)));
        byte[] root;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            root = (await scope.ServiceProvider.GetRequiredService<IssuerDbContext>().Batches.AsNoTracking().SingleAsync(b => b.Id == batchId)).Root!;
        }

        await _chain.Registry.AnchorAsync(squatter.Account, root);
        await api.WaitForCredentialAsync(await api.IssueAsync("bystander goes on", bystander.Address), "anchored");
        paused.Release();

        var anchored = await api.WaitForBatchAsync(batchId, "anchored");
        Assert.Equal(JsonValueKind.Null, anchored.GetProperty("failure").ValueKind);
        var hex = "0x" + Convert.ToHexStringLower(root);
        Assert.Equal(
            new[] { squatter.Address, victim.Address }.Order(StringComparer.Ordinal),
            (await _chain.RootAnchoredEventsAsync()).Where(e => e.Root == hex).Select(e => e.Issuer).Order(StringComparer.Ordinal));
        Assert.Equal(1, await _chain.TransactionCountAsync(victim.Address));
    }

    [Fact]
    public async Task Retry_OfABatchThatIsNotFailed_Is409_AndNeedsTheRegistrarRole()
    {
        var issuer = await _chain.CreateIssuerAsync("Retry Rules College");
        await using var factory = new IssuerApiFactory(_chain.ServiceSettings(issuer));
        using var http = factory.CreateClientFor([issuer.Address], "registrar", "auditor");
        using var auditor = factory.CreateClientFor([issuer.Address], "auditor", "revoker");
        var api = new ServiceClient(http);
        var id = await api.IssueAsync("anchored already", issuer.Address);
        var batchId = (await api.WaitForCredentialAsync(id, "anchored")).GetProperty("batchId").GetGuid();

        await ProblemAssert.HasAsync(await api.RetryBatchAsync(batchId), HttpStatusCode.Conflict, "invalid_state");
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsync($"/api/v1/batches/{batchId}/retry", null)).StatusCode);
        await ProblemAssert.HasAsync(await http.GetAsync($"/api/v1/revocations/{Guid.CreateVersion7()}"), HttpStatusCode.NotFound, "not_found");
    }

    private static async Task<List<Guid>> RevokeAllAsync(ServiceClient api, IEnumerable<Guid> credentials)
    {
        var revocations = new List<Guid>();
        foreach (var id in credentials)
        {
            using var response = await api.RevokeAsync(id, 9);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            revocations.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        return revocations;
    }

    /// <summary>Each batch, and its members, failed with the registry's reason, before any transaction was sent.</summary>
    private static async Task AssertFailedNotAccreditedAsync(ServiceClient api, List<Guid> batches)
    {
        foreach (var id in batches)
        {
            var batch = await api.WaitForBatchAsync(id, "failed");
            AssertFailure(batch.GetProperty("failure"), "issuer_not_accredited", "CredentialRegistryIssuerNotAccredited");
            Assert.Equal((0, 4, JsonValueKind.Null), (batch.GetProperty("counts").GetProperty("pending").GetInt32(), batch.GetProperty("counts").GetProperty("failed").GetInt32(), batch.GetProperty("transactionHash").ValueKind));
        }

        var member = await api.CredentialAsync((await api.MembersAsync(batches[0]))[0]);
        Assert.Equal("failed", member.GetProperty("state").GetString());
        AssertFailure(member.GetProperty("failure"), "issuer_not_accredited", "CredentialRegistryIssuerNotAccredited");
    }

    private async Task RetryThenAssertAnchoredOnceAsync(ServiceClient api, List<Guid> batches)
    {
        foreach (var id in batches)
        {
            using var retried = await api.RetryBatchAsync(id);
            Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
            Assert.Equal("pending", (await retried.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        }

        foreach (var id in batches)
        {
            var batch = await api.WaitForBatchAsync(id, "anchored");
            Assert.Equal(JsonValueKind.Null, batch.GetProperty("failure").ValueKind);
            Assert.Equal(1, await _chain.CountAnchorEventsAsync(Hash32.Parse(batch.GetProperty("root").GetString()!).ToByteArray()));
        }
    }

    /// <summary>Step 1 of the key drill: the upload's transaction is sent and the service stops before its receipt; a single credential waits for a batch.</summary>
    private static async Task<(Guid Sent, Guid Waiting)> SendThenStopAsync(Dictionary<string, string?> settings, IssuerKey removed, IssuerKey kept)
    {
        var paused = new PausingFaultInjector(FaultPoint.AfterSend);
        await using var first = new IssuerApiFactory(settings, s => s.AddSingleton<IFaultInjector>(paused));
        using var http = first.CreateClientFor([removed.Address, kept.Address], "registrar", "auditor");
        var api = new ServiceClient(http);
        var sent = await api.UploadAsync(3, "sent-before-stop", removed.Address);
        Assert.Equal(sent, await paused.Reached.WaitAsync(TimeSpan.FromSeconds(60)));
        return (sent, await api.IssueAsync("waiting for a batch", removed.Address));
    }

    /// <summary>Step 3 of the key drill: with the key back, the retried batch is reconciled by its hash, nothing is signed again.</summary>
    private async Task AssertReconciledByHashAsync(Dictionary<string, string?> settings, IssuerKey removed, IssuerKey kept, (Guid Sent, Guid Waiting) work, Guid waitingBatch, string writtenAhead)
    {
        await using var third = new IssuerApiFactory(settings);
        using var http = third.CreateClientFor([removed.Address, kept.Address], "registrar", "auditor");
        var api = new ServiceClient(http);
        Assert.Equal(HttpStatusCode.OK, (await api.RetryBatchAsync(work.Sent)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.RetryBatchAsync(waitingBatch)).StatusCode);
        var anchored = await api.WaitForBatchAsync(work.Sent, "anchored");
        Assert.Equal(writtenAhead, anchored.GetProperty("transactionHash").GetString());
        await api.WaitForCredentialAsync(work.Waiting, "anchored");
        foreach (var id in new[] { work.Sent, waitingBatch })
        {
            var batch = await api.BatchAsync(id);
            Assert.Equal(1, await _chain.CountAnchorEventsAsync(Hash32.Parse(batch.GetProperty("root").GetString()!).ToByteArray()));
        }
    }

    private static void AssertFailure(JsonElement failure, string code, string? error)
    {
        Assert.Equal((code, error), (failure.GetProperty("code").GetString(), failure.GetProperty("error").GetString()));
        Assert.False(string.IsNullOrEmpty(failure.GetProperty("message").GetString()));
        Assert.Equal(JsonValueKind.String, failure.GetProperty("failedAt").ValueKind);
    }
}
