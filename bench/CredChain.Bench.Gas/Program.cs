using CredChain.Bench.Gas;

// Gas from real receipts on a local anvil node, and the dev node's start time. Exit code 1 when a target is missed.
using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(5));
var gas = await GasBenchmark.RunAsync(cancellation.Token);
var start = await DevNodeStartBenchmark.RunAsync(cancellation.Token);

ResultTable.Write(Console.Out, "Gas per operation (receipts from anvil, solc 0.8.37, optimizer 1000 runs, evm paris)", gas);
ResultTable.Write(Console.Out, "Dev node", [start]);
return gas.Append(start).Any(m => m.MeetsTarget == false) ? 1 : 0;
