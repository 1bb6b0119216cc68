using System.Globalization;
using System.Text;
using CredChain.Relay.Following;

namespace CredChain.Relay.Hosting;

/// <summary><c>GET /metrics</c>: each member's latest checkpoint and counters, in the Prometheus text format.</summary>
internal static class MetricsApi
{
    public static IEndpointRouteBuilder MapRelayMetrics(this IEndpointRouteBuilder app)
    {
        app.MapGet("/metrics", (RelayStatus status) => TypedResults.Text(Render(status), "text/plain; version=0.0.4"))
            .WithSummary("Relay metrics")
            .WithDescription("Latest checkpoint sequence, last member block and its time, checkpoints anchored and failed rounds, per member.");
        return app;
    }

    private static string Render(RelayStatus status)
    {
        var text = new StringBuilder();
        void Line(string name, string member, long value) =>
            text.Append(CultureInfo.InvariantCulture, $"{name}{{member=\"{member}\"}} {value}\n");
        foreach (var (member, state) in status.Members.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            Line("credchain_relay_checkpoint_sequence", member, state.Sequence);
            Line("credchain_relay_checkpoint_to_block", member, state.ToBlock);
            Line("credchain_relay_checkpoint_block_time_seconds", member, state.BlockTime);
            Line("credchain_relay_checkpoints_anchored_total", member, state.Anchored);
            Line("credchain_relay_round_failures_total", member, state.Failed);
        }

        return text.ToString();
    }
}
