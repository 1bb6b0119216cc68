using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CredChain.Bench.Cohort;

namespace CredChain.Bench.Scale;

/// <summary>
/// One store under measurement: its service's client, its batches (the newest last) and the next measuring round. Each
/// round issues new credentials and revokes credentials no earlier round revoked, so rounds are numbered once per store.
/// The credentials to read and revoke are listed once (a batch's listing streams all its documents: on a large store
/// its query keeps running a while after the client has read enough), then <paramref name="quiet"/> waits for the store
/// before anything is timed.
/// </summary>
internal sealed class StoreProbe(HttpClient client, List<Guid> batchIds, int nextRound, Func<Task>? quiet = null)
{
    private const int Samples = 200;

    /// <summary>Rounds' worth of the newest batch's credentials listed at once (each round revokes its own).</summary>
    private const int RoundsListed = 12;

    private List<Guid> _newest = [];
    private List<Guid> _spread = [];
    private int _listedBatches;

    public List<Guid> BatchIds { get; } = batchIds;

    /// <summary>The round the next measurement will be (kept with a store that is measured again later).</summary>
    public int NextRound { get; private set; } = nextRound;

    /// <summary>Uploads <paramref name="count"/> credentials as one batch and waits until it is anchored.</summary>
    public async Task<Guid> UploadAsync(int count, int first)
    {
        var upload = await client.PostAsync("/api/v1/batches", new CohortContent(count, first));
        var body = await upload.Content.ReadAsStringAsync();
        if (!upload.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Upload failed: {(int)upload.StatusCode} {body}");
        }

        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
        while ((await client.GetFromJsonAsync<JsonElement>($"/api/v1/batches/{id}")).GetProperty("state").GetString() != "anchored")
        {
            await Task.Delay(100);
        }

        BatchIds.Add(id);
        return id;
    }

    /// <summary>One round: issue, GET with proof from the newest and from every batch, revoke; <see cref="Samples"/> each.</summary>
    public async Task<Latencies> MeasureAsync()
    {
        var round = NextRound++;
        await ListAsync(Samples * (2 + round));
        var (newest, spread, revokeFrom) = (_newest, _spread, Samples * (1 + round));
        var issue = await TimeAsync(Samples, i => client.PostAsync("/api/v1/credentials", new StringContent(CohortContent.Row(900_000_000 + (round * Samples) + i), Encoding.UTF8, "application/json")));
        var getNewest = await TimeAsync(Samples, i => client.GetAsync($"/api/v1/credentials/{newest[i]}"));
        var getAny = await TimeAsync(spread.Count, i => client.GetAsync($"/api/v1/credentials/{spread[i]}"));
        var revoke = await TimeAsync(Samples, i => client.PostAsync($"/api/v1/credentials/{newest[revokeFrom + i]}/revoke", JsonContent.Create(new { reason = 1 })));
        return new Latencies(issue, getNewest, getAny, revoke);
    }

    /// <summary>Credentials to read and revoke, from every batch's listing (its first lines), unless already listed.</summary>
    private async Task ListAsync(int newestNeeded)
    {
        if (_listedBatches == BatchIds.Count && _newest.Count >= newestNeeded)
        {
            return;
        }

        var newestCount = newestNeeded + (Samples * RoundsListed);
        _newest = await SampleAsync(BatchIds[^1], newestCount, exact: false);
        if (_newest.Count < newestNeeded)
        {
            throw new InvalidOperationException($"Batch {BatchIds[^1]} has {_newest.Count} credentials, round {NextRound - 1} needs {newestNeeded}.");
        }

        _spread = [];
        foreach (var batch in BatchIds)
        {
            _spread.AddRange(await SampleAsync(batch, Math.Max(1, Samples / BatchIds.Count), exact: true));
        }

        _listedBatches = BatchIds.Count;
        if (quiet is not null)
        {
            await quiet();
        }
    }

    private async Task<List<Guid>> SampleAsync(Guid batch, int count, bool exact)
    {
        var ids = new List<Guid>();
        await using var stream = await client.GetStreamAsync($"/api/v1/batches/{batch}/credentials");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (ids.Count < count && await reader.ReadLineAsync() is { } line)
        {
            ids.Add(Guid.Parse(JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!["urn:uuid:".Length..]));
        }

        return ids.Count == count || !exact ? ids : throw new InvalidOperationException($"Batch {batch} has {ids.Count} credentials, {count} needed.");
    }

    private static async Task<(double P50, double P99)> TimeAsync(int count, Func<int, Task<HttpResponseMessage>> call)
    {
        var samples = new double[count];
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await call(i);
            samples[i] = clock.Elapsed.TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        Array.Sort(samples);
        return (samples[count / 2], samples[Math.Min(count - 1, (int)(count * 0.99))]);
    }
}
