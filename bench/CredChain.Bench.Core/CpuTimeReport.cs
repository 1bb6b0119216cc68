using System.Diagnostics;
using System.Globalization;

namespace CredChain.Bench.Core;

/// <summary>
/// <c>-- --cpu-time</c>: process CPU time per operation for the three targets of issue 3. On a machine shared with
/// other builds, wall-clock benchmarks mostly measure the queue for a core; CPU time is closer to the cost of the code.
/// </summary>
internal static class CpuTimeReport
{
    public static void Run()
    {
        var hashing = new CertificateHashingBenchmarks();
        hashing.Setup();
        var tree = new MerkleTreeBenchmarks { Leaves = 500_000 };
        tree.Setup();
        var verification = new OfflineVerificationBenchmarks();
        verification.Setup();
        var pipeline = new DocumentPipelineBenchmarks();
        pipeline.Setup();

        for (var round = 1; round <= 2; round++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round} (load average {LoadAverage()})"));
            Report("hash certificate (target <= 20 us)", 20_000, () => hashing.HashCertificate());
            Report("issue certificate", 20_000, () => hashing.IssueCertificate());
            Report("issue certificate bytes (Issue, bulk upload)", 20_000, () => hashing.IssueCertificateBytes());
            Report("issuer upload: Create", 20_000, () => pipeline.Create());
            Report("issuer upload: ToJsonString", 20_000, () => pipeline.ToJsonString());
            Report("issuer upload: Create + ToJsonString", 20_000, () => pipeline.CreateAndSerialize());
            Report("issuer retrieval: Parse + WithAnchor + write", 20_000, () => pipeline.ParseWithAnchor());
            Report("issuer retrieval: anchored writer, compact", 20_000, () => pipeline.WriteAnchored());
            Report("issuer retrieval: anchored writer, indented", 20_000, () => pipeline.WriteAnchoredIndented());
            Report("verify offline, 19-deep path (target <= 50 us)", 20_000, () => verification.VerifyParsed());
            Report("parse + verify offline", 20_000, () => verification.ParseAndVerify());
            Report("build 500,000-leaf tree (target <= 1 s)", 3, () => tree.BuildTree());
        }
    }

    private static void Report(string name, int iterations, Action operation)
    {
        operation();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            operation();
        }

        wall.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMicroseconds / iterations;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-48} cpu {Format(cpu),10}   wall {Format(wall.Elapsed.TotalMicroseconds / iterations),10}"));
    }

    private static string Format(double microseconds) => microseconds >= 10_000
        ? string.Create(CultureInfo.InvariantCulture, $"{microseconds / 1000:F1} ms")
        : string.Create(CultureInfo.InvariantCulture, $"{microseconds:F2} us");

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
