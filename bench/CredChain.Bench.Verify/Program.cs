using CredChain.Bench.Verify;

// Load bench of POST /api/v1/verify: a real anchored credential on a dev node, the portal as its own process
// (rate limits off), a .NET load generator on the same machine. Prints the cold start, requests/s, p50, p99, errors.
var seconds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 30;
var concurrency = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 32;

await using var chain = await BenchChain.StartAsync();
var credential = await chain.IssueAnchoredCredentialAsync();
Console.WriteLine($"dev node {chain.Node.RpcUrl} chain {chain.Node.ChainId}; credential anchored in block {credential.Proof.Anchor!.BlockNumber}");

await using var portal = PortalProcess.Start(chain);
var coldStart = await portal.WaitForFirstVerdictAsync(credential.ToJsonString());
Console.WriteLine($"cold start: healthy after {coldStart.Healthy.TotalMilliseconds:0} ms, first verdict ({coldStart.Status}) after {coldStart.FirstVerdict.TotalMilliseconds:0} ms");

var load = new LoadGenerator(portal.BaseAddress, credential.ToJsonString(), concurrency);
await load.RunAsync(TimeSpan.FromSeconds(3)); // warm-up, not reported
var result = await load.RunAsync(TimeSpan.FromSeconds(seconds));
Console.WriteLine($"load: {seconds} s, {concurrency} concurrent requests, {Environment.ProcessorCount} cores shared by portal, dev node and load generator");
Console.WriteLine($"  requests   {result.Requests,10:N0}");
Console.WriteLine($"  requests/s {result.RequestsPerSecond,10:N0}");
Console.WriteLine($"  p50        {result.P50.TotalMilliseconds,10:0.00} ms");
Console.WriteLine($"  p99        {result.P99.TotalMilliseconds,10:0.00} ms");
Console.WriteLine($"  max        {result.Max.TotalMilliseconds,10:0.00} ms");
Console.WriteLine($"  errors     {result.Errors,10:N0}");
Console.WriteLine($"  verdicts   {string.Join(", ", result.Statuses.Select(s => $"{s.Key}={s.Value:N0}"))}");
