using System.Diagnostics;
using CredChain.Ethereum.Dev;

namespace CredChain.Bench.Gas;

/// <summary>Time from launching anvil until it answers <c>eth_chainId</c>, median of several starts.</summary>
internal static class DevNodeStartBenchmark
{
    public const double TargetSeconds = 2.0;
    private const int Starts = 5;

    public static async Task<Measurement> RunAsync(CancellationToken cancellationToken)
    {
        var seconds = new List<double>(Starts);
        for (var i = 0; i < Starts; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var node = await DevNode.StartAsync(cancellationToken: cancellationToken);
            seconds.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
            await node.DisposeAsync();
        }

        seconds.Sort();
        return new Measurement($"dev node start (median of {Starts})", seconds[Starts / 2], "s", TargetSeconds);
    }
}
