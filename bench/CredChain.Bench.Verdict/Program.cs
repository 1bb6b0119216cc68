using BenchmarkDotNet.Running;
using CredChain.Bench.Verdict;

// dotnet run -c Release --project bench/CredChain.Bench.Verdict -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(VerdictJsonBenchmarks).Assembly).Run(args);
