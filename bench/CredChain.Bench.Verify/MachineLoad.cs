namespace CredChain.Bench.Verify;

/// <summary>The machine's load average, printed beside every figure (they mean little without it).</summary>
internal static class MachineLoad
{
    /// <summary>The 1, 5 and 15 minute load averages, or "n/a" off Linux.</summary>
    public static string Average() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
