using System.Globalization;

namespace CredChain.Bench.Verify;

/// <summary>
/// Cold starts only (<c>-- cold [runs]</c>): the portal is launched <c>runs</c> times against one dev node and one
/// anchored credential. With several published portals in <c>CREDCHAIN_BENCH_PORTAL_DLL</c> (separated by ':'; an
/// assembly is run with <c>dotnet</c>, any other path, such as a self-contained publish's app host, directly), the
/// runs alternate between them, so that a variant and its baseline see the same machine load.
/// </summary>
internal static class ColdStartRuns
{
    public static async Task RunAsync(int runs)
    {
        var variants = Environment.GetEnvironmentVariable("CREDCHAIN_BENCH_PORTAL_DLL") is { Length: > 0 } list
            ? list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : new string?[] { null };
        await using var chain = await BenchChain.StartAsync();
        var credential = (await chain.IssueAnchoredCredentialAsync()).ToJsonString();
        var cpu = variants.ToDictionary(v => v ?? "build output", _ => new List<double>());
        for (var run = 1; run <= runs; run++)
        {
            foreach (var dll in variants)
            {
                await using var portal = PortalProcess.Start(chain, dll);
                var coldStart = await portal.WaitForFirstVerdictAsync(credential);
                var portalCpu = portal.CpuTime.TotalMilliseconds;
                cpu[dll ?? "build output"].Add(portalCpu);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run} {dll ?? "build output"}: healthy {coldStart.Healthy.TotalMilliseconds:0} ms, first verdict ({coldStart.Status}) {coldStart.FirstVerdict.TotalMilliseconds:0} ms, portal CPU {portalCpu:0} ms, load {MachineLoad.Average()}"));
            }
        }

        foreach (var (variant, figures) in cpu)
        {
            figures.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{variant}: portal CPU to first verdict min {figures[0]:0} ms, median {figures[figures.Count / 2]:0} ms, max {figures[^1]:0} ms ({figures.Count} runs)"));
        }
    }
}
