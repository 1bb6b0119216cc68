using System.Diagnostics;
using System.Globalization;
using CredChain.Bench.Verify;

// Load bench of POST /api/v1/verify: a real anchored credential on a dev node, the portal as its own process
// (rate limits off), a .NET load generator on the same machine. Prints the cold start, requests/s, p50, p99, errors,
// and the CPU time per request of the portal and of the load generator: wall-clock figures depend on whatever else
// runs on the machine, CPU time per request much less so.
if (args is ["cold", ..])
{
    await ColdStartRuns.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5);
    return;
}

var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30;
var concurrency = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 32;

await using var chain = await BenchChain.StartAsync();
var credential = await chain.IssueAnchoredCredentialAsync();
var openAttestation = await chain.SetUpOpenAttestationAsync();
Console.WriteLine($"dev node {chain.Node.RpcUrl} chain {chain.Node.ChainId}; credential anchored in block {credential.Proof.Anchor!.BlockNumber}");

await using var portal = PortalProcess.Start(chain);
var coldStart = await portal.WaitForFirstVerdictAsync(credential.ToJsonString());
Console.WriteLine($"cold start: healthy after {coldStart.Healthy.TotalMilliseconds:0} ms, first verdict ({coldStart.Status}) after {coldStart.FirstVerdict.TotalMilliseconds:0} ms; portal CPU so far {portal.CpuTime.TotalMilliseconds:0} ms");
Console.WriteLine($"portal pid {portal.Id}, load generator pid {Environment.ProcessId}");

Console.WriteLine($"load: {seconds} s, {concurrency} concurrent requests, {Environment.ProcessorCount} cores shared by portal, dev node and load generator");
await RunAsync("CredChain credential (format credchain-v2)", credential.ToUtf8Bytes());
// PORTAL_Portal__DocumentStoreStatusTtl=00:00:00 measures it asking the DocumentStore for every request.
await RunAsync("OpenAttestation v2 document (DocumentStore status, see bench/README.md)", openAttestation.Document);

async Task RunAsync(string workload, byte[] document)
{
    var load = new LoadGenerator(portal.BaseAddress, document, expectedStatus: "valid", concurrency);
    await load.RunAsync(TimeSpan.FromSeconds(3)); // warm-up, not reported
    var loadBefore = MachineLoad.Average();
    var portalCpu = portal.CpuTime;
    var ownCpu = Process.GetCurrentProcess().TotalProcessorTime;
    var result = await load.RunAsync(TimeSpan.FromSeconds(seconds));
    portalCpu = portal.CpuTime - portalCpu;
    ownCpu = Process.GetCurrentProcess().TotalProcessorTime - ownCpu;
    Console.WriteLine($"workload: {workload}");
    Console.WriteLine($"  load avg   {loadBefore} before, {MachineLoad.Average()} after (1, 5, 15 min)");
    Console.WriteLine($"  requests   {result.Requests,10:N0}");
    Console.WriteLine($"  requests/s {result.RequestsPerSecond,10:N0}");
    Console.WriteLine($"  p50        {result.P50.TotalMilliseconds,10:0.00} ms");
    Console.WriteLine($"  p99        {result.P99.TotalMilliseconds,10:0.00} ms");
    Console.WriteLine($"  max        {result.Max.TotalMilliseconds,10:0.00} ms");
    Console.WriteLine($"  errors     {result.Errors,10:N0}");
    Console.WriteLine($"  verdicts   {string.Join(", ", result.Statuses.Select(s => $"{s.Key}={s.Value:N0}"))}");
    Console.WriteLine($"  CPU/req    {PerRequest(result, portalCpu),10:0} µs portal, {PerRequest(result, ownCpu):0} µs load generator");
}

static double PerRequest(LoadResult result, TimeSpan cpu) => result.Requests == 0 ? 0 : cpu.TotalMicroseconds / result.Requests;
