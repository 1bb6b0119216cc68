using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/CredChain.Bench.Core -- --filter '*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
