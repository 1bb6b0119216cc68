using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CredChain.Bench.Cohort;

namespace CredChain.Bench.Scale;

/// <summary>
/// One store under measurement: its service's client, its batches (the newest last) and the next measuring round. Each
/// round issues new credentials and revokes credentials no earlier round revoked, so rounds are numbered once per store.
/// </summary>
internal sealed class StoreProbe(HttpClient client, List<Guid> batchIds, int nextRound)
{
    private const int Samples = 200;

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
        // Credentials to read and revoke, sampled from every batch's listing (the first lines of each).
        var newest = await SampleAsync(BatchIds[^1], Samples * (2 + round));
        var revokeFrom = Samples * (1 + round);
        var spread = new List<Guid>();
        foreach (var batch in BatchIds)
        {
            spread.AddRange(await SampleAsync(batch, Math.Max(1, Samples / BatchIds.Count)));
        }

        var issue = await TimeAsync(Samples, i => client.PostAsync("/api/v1/credentials", new StringContent(CohortContent.Row(900_000_000 + (round * Samples) + i), Encoding.UTF8, "application/json")));
        var getNewest = await TimeAsync(Samples, i => client.GetAsync($"/api/v1/credentials/{newest[i]}"));
        var getAny = await TimeAsync(spread.Count, i => client.GetAsync($"/api/v1/credentials/{spread[i]}"));
        var revoke = await TimeAsync(Samples, i => client.PostAsync($"/api/v1/credentials/{newest[revokeFrom + i]}/revoke", JsonContent.Create(new { reason = 1 })));
        return new Latencies(issue, getNewest, getAny, revoke);
    }

    private async Task<List<Guid>> SampleAsync(Guid batch, int count)
    {
        var ids = new List<Guid>();
        await using var stream = await client.GetStreamAsync($"/api/v1/batches/{batch}/credentials");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (ids.Count < count && await reader.ReadLineAsync() is { } line)
        {
            ids.Add(Guid.Parse(JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!["urn:uuid:".Length..]));
        }

        return ids.Count == count ? ids : throw new InvalidOperationException($"Batch {batch} has {ids.Count} credentials, round {NextRound - 1} needs {count}.");
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
