using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CredChain.Bench.Cohort;

// The cohort run: N credentials as one NDJSON (or, with "csv", CSV) upload to a running service (SQLite + anvil) until all are anchored and
// retrievable; then the latency of one credential from POST to anchored with the default batch window.
// "-- rng [credentials]" measures only the random draws of issuing (RandomDrawBench).
if (args is ["rng", ..])
{
    RandomDrawBench.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500_000);
    return;
}

var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500_000;
var csv = args.Length > 1 && args[1] == "csv";
var directory = Directory.CreateTempSubdirectory("credchain-cohort-").FullName;

await using var bench = await BenchIssuer.StartAsync(directory);
var (service, client) = (bench.Service, bench.Client);

Console.WriteLine($"Cohort run: {count:N0} credentials, one {(csv ? "CSV" : "NDJSON")} upload, SQLite + anvil, {Environment.ProcessorCount} cores");
Console.WriteLine($"  service runtime settings, as its image sets them: {string.Join(", ", ServiceProcess.ImageRuntimeSettings().Select(s => $"{s.Key}={s.Value}"))}");
var cpuStart = service.CpuTime();
var total = Stopwatch.StartNew();
var upload = await client.PostAsync("/api/v1/batches", new CohortContent(count, csv: csv));
var uploadBody = await upload.Content.ReadAsStringAsync();
if (!upload.IsSuccessStatusCode)
{
    throw new InvalidOperationException($"Upload failed: {(int)upload.StatusCode} {uploadBody}");
}

var uploadTime = total.Elapsed;
var uploadCpu = service.CpuTime() - cpuStart;
var batchId = JsonDocument.Parse(uploadBody).RootElement.GetProperty("id").GetGuid();
var logBytes = SqliteStoreFiles.Bytes(directory, SqliteStoreFiles.Log);

// Merkle paths are derived from the batch on request: the first read of a credential builds the batch's tree from the
// stored targetHashes (cold), later reads use the cached tree (warm). Two ids are sampled while the batch is still pending
// (listing a pending batch builds no tree).
var sample = new List<Guid>();
await using (var ids = await client.GetStreamAsync($"/api/v1/batches/{batchId}/credentials"))
using (var idReader = new StreamReader(ids, Encoding.UTF8))
{
    while (sample.Count < 2 && await idReader.ReadLineAsync() is { } line)
    {
        sample.Add(Guid.Parse(JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!["urn:uuid:".Length..]));
    }
}

JsonElement batch;
while (true)
{
    batch = await client.GetFromJsonAsync<JsonElement>($"/api/v1/batches/{batchId}");
    if (batch.GetProperty("state").GetString() == "anchored")
    {
        break;
    }

    await Task.Delay(50);
}

var anchorTime = total.Elapsed;
var anchorCpu = service.CpuTime() - cpuStart - uploadCpu;

total.Stop();
var cold = Stopwatch.StartNew();
await client.GetStringAsync($"/api/v1/credentials/{sample[0]}");
cold.Stop();
var warm = Stopwatch.StartNew();
await client.GetStringAsync($"/api/v1/credentials/{sample[1]}");
warm.Stop();
total.Start();

// The client only counts lines (as a registrar saving the NDJSON to a file would do): decoding 1.7 GB into strings here
// would take a core away from the service on this 2-core machine. The first document must carry its Merkle path.
long documents = 0;
await using (var stream = await client.GetStreamAsync($"/api/v1/batches/{batchId}/credentials"))
{
    var buffer = new byte[256 * 1024];
    var first = new List<byte>();
    int read;
    while ((read = await stream.ReadAsync(buffer)) > 0)
    {
        var span = buffer.AsSpan(0, read);
        if (documents == 0)
        {
            var end = span.IndexOf((byte)'\n');
            first.AddRange(end < 0 ? span : span[..end]);
            if (end >= 0 && !Encoding.UTF8.GetString([.. first]).Contains("\"merklePath\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("A retrieved document has no Merkle path.");
            }
        }

        documents += span.Count((byte)'\n');
    }
}

total.Stop();
var totalCpu = service.CpuTime() - cpuStart;
if (documents != count)
{
    throw new InvalidOperationException($"Retrieved {documents} documents, expected {count}.");
}

var gas = batch.GetProperty("gasUsed").GetInt64();
Console.WriteLine($"  upload accepted (parsed, hashed, stored) : {uploadTime.TotalSeconds,8:F1} s wall, {uploadCpu.TotalSeconds,7:F1} s service CPU");
Console.WriteLine($"  anchored (tree, tx, receipt, states)     : {(anchorTime - uploadTime).TotalSeconds,8:F1} s wall, {anchorCpu.TotalSeconds,7:F1} s service CPU");
Console.WriteLine($"  all documents retrieved with proofs      : {(total.Elapsed - anchorTime).TotalSeconds,8:F1} s wall, {(totalCpu - uploadCpu - anchorCpu).TotalSeconds,7:F1} s service CPU");
Console.WriteLine($"  wall time end to end                     : {total.Elapsed.TotalSeconds,8:F1} s (service CPU {totalCpu.TotalSeconds:F1} s; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
Console.WriteLine($"  credentials/s                            : {count / total.Elapsed.TotalSeconds,8:N0}");
await SqliteStoreFiles.WaitUntilCheckpointedAsync(directory, quiet: TimeSpan.FromSeconds(1), limit: TimeSpan.FromSeconds(30));
var fileBytes = SqliteStoreFiles.Bytes(directory, SqliteStoreFiles.Database);
Console.WriteLine($"  SQLite log written by the upload         : {logBytes / (1024.0 * 1024),8:N0} MiB, {(double)logBytes / count:N0} B per credential (fsynced before the 202)");
Console.WriteLine($"  SQLite database file, checkpointed       : {fileBytes / (1024.0 * 1024),8:N0} MiB, {(double)fileBytes / count:N0} B per credential (copied from the log in the background)");
Console.WriteLine($"  peak memory of the service (VmHWM)       : {service.PeakResidentBytes() / (1024.0 * 1024),8:N0} MiB");
Console.WriteLine($"  anchoring transactions                   : {1,8}");
Console.WriteLine($"  GET one credential, tree derived (cold)  : {cold.Elapsed.TotalMilliseconds,8:N0} ms");
Console.WriteLine($"  GET one credential, tree cached (warm)   : {warm.Elapsed.TotalMilliseconds,8:N1} ms");
Console.WriteLine($"  gas of the anchor / per credential       : {gas,8:N0} / {(double)gas / count:F4}");

// Single credential with the default window (Anchoring:BatchWindow = 2 s).
var single = Stopwatch.StartNew();
var posted = await client.PostAsync("/api/v1/credentials", new StringContent(CohortContent.Row(count + 1), Encoding.UTF8, "application/json"));
var id = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
while ((await client.GetFromJsonAsync<JsonElement>($"/api/v1/credentials/{id}")).GetProperty("state").GetString() != "anchored")
{
    await Task.Delay(20);
}

Console.WriteLine($"  single credential POST → anchored        : {single.Elapsed.TotalMilliseconds,8:N0} ms (default 2 s window)");
Directory.Delete(directory, recursive: true);
