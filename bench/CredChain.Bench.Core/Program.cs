using BenchmarkDotNet.Running;
using CredChain.Bench.Core;

// dotnet run -c Release --project bench/CredChain.Bench.Core -- --filter '*' [--job short]
// dotnet run -c Release --project bench/CredChain.Bench.Core -- --cpu-time
if (args is ["--cpu-time"])
{
    CpuTimeReport.Run();
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
