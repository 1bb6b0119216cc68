using BenchmarkDotNet.Running;
using CredChain.Bench.Core;

// dotnet run -c Release --project bench/CredChain.Bench.Core -- --filter '*' [--job short]
// dotnet run -c Release --project bench/CredChain.Bench.Core -- --cpu-time
if (args is ["--cpu-time"])
{
    CpuTimeReport.Run();
}
else if (args is ["--loop-issue"])
{
    var hashing = new CertificateHashingBenchmarks();
    hashing.Setup();
    for (var i = 0; i < 400_000; i++)
    {
        hashing.IssueCertificateBytes();
    }
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
