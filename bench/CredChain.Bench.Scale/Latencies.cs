namespace CredChain.Bench.Scale;

/// <summary>p50 and p99 of the four operations one measuring round times.</summary>
internal sealed record Latencies((double P50, double P99) Issue, (double P50, double P99) GetNewest, (double P50, double P99) GetAny, (double P50, double P99) Revoke)
{
    /// <summary>Each figure's median over rounds.</summary>
    public static Latencies Median(IReadOnlyList<Latencies> rounds) => new(
        Of(rounds.Select(r => r.Issue)), Of(rounds.Select(r => r.GetNewest)), Of(rounds.Select(r => r.GetAny)), Of(rounds.Select(r => r.Revoke)));

    /// <summary>Prints the figures, with their ratio to <paramref name="baseline"/> when one is given.</summary>
    public void Print(string title, Latencies? baseline)
    {
        Console.WriteLine($"  {title} (load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}):");
        Line("issue one credential (202)", Issue, baseline?.Issue);
        Line("GET with proof, newest batch", GetNewest, baseline?.GetNewest);
        Line("GET with proof, any batch", GetAny, baseline?.GetAny);
        Line("revoke one credential (202)", Revoke, baseline?.Revoke);

        static void Line(string what, (double P50, double P99) value, (double P50, double P99)? before) =>
            Console.WriteLine($"    {what,-30} p50 {value.P50,8:F2} ms  p99 {value.P99,8:F2} ms" +
                (before is { } b ? $"  ({value.P50 / b.P50:F2}x / {value.P99 / b.P99:F2}x the small store)" : ""));
    }

    private static (double P50, double P99) Of(IEnumerable<(double P50, double P99)> values)
    {
        var list = values.ToList();
        return (list.Select(v => v.P50).Order().ElementAt(list.Count / 2), list.Select(v => v.P99).Order().ElementAt(list.Count / 2));
    }
}
