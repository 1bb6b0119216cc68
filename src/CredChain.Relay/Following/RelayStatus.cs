using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using CredChain.Relay.Storage;

namespace CredChain.Relay.Following;

/// <summary>
/// The relay's metrics (meter <c>CredChain.Relay</c>: checkpoints anchored, step failures, reorgs seen) and each
/// member's latest state, which <c>/health</c> and <c>/metrics</c> report.
/// </summary>
internal sealed class RelayStatus : IDisposable
{
    public const string MeterName = "CredChain.Relay";

    private readonly Meter _meter = new(MeterName);
    private readonly ConcurrentDictionary<string, MemberState> _members = new(StringComparer.Ordinal);

    public RelayStatus()
    {
        AnchoredCount = _meter.CreateCounter<long>("credchain.relay.checkpoints_anchored");
        Failures = _meter.CreateCounter<long>("credchain.relay.step_failures");
        Reorgs = _meter.CreateCounter<long>("credchain.relay.reorgs");
    }

    public Counter<long> AnchoredCount { get; }

    public Counter<long> Failures { get; }

    public Counter<long> Reorgs { get; }

    public IReadOnlyDictionary<string, MemberState> Members => _members;

    public void Anchored(string member, CheckpointRow row)
    {
        AnchoredCount.Add(1, new KeyValuePair<string, object?>("member", member));
        _members.AddOrUpdate(
            member,
            _ => new MemberState(row.Sequence, row.ToBlock, row.SourceBlockTime, null, 1, 0),
            (_, s) => s with { Sequence = row.Sequence, ToBlock = row.ToBlock, BlockTime = row.SourceBlockTime, LastError = null, Anchored = s.Anchored + 1 });
    }

    public void Failed(string member, string error)
    {
        Failures.Add(1, new KeyValuePair<string, object?>("member", member));
        _members.AddOrUpdate(member, _ => new MemberState(0, -1, 0, error, 0, 1), (_, s) => s with { LastError = error, Failed = s.Failed + 1 });
    }

    public void Succeeded(string member) =>
        _members.AddOrUpdate(member, _ => new MemberState(0, -1, 0, null, 0, 0), (_, s) => s with { LastError = null });

    public void Dispose() => _meter.Dispose();
}
