using CredChain.Core.Checkpoints;
using CredChain.Core.Verification;

namespace CredChain.Verifier.Hub;

/// <summary>
/// An issuer account's accreditation as replayed from its proven governance entries: accredited (window, institution,
/// names), suspended, reinstated, key declared compromised. Replaying them in log order answers "was it active then?".
/// </summary>
internal sealed class AccreditationHistory
{
    private readonly List<CheckpointEntry> _events;

    public AccreditationHistory(IEnumerable<(CheckpointEntry Entry, IReadOnlyList<string>? Texts)> entries)
    {
        var list = entries.OrderBy(e => e.Entry.BlockNumber).ThenBy(e => e.Entry.LogIndex).ToList();
        _events = list.Select(e => e.Entry).ToList();
        var latest = list.LastOrDefault(e => e.Entry.Kind == CheckpointEventKind.IssuerAccredited);
        if (latest.Entry is not null)
        {
            Profile = latest.Texts is { Count: 3 } t ? new IssuerProfile(t[0], t[1], t[2]) : null;
            Institution = (long)HubRecordBuilder.Number(latest.Entry.Fields[1]);
        }

        var compromises = _events.Where(e => e.Kind == CheckpointEventKind.IssuerKeyCompromised).Select(e => HubRecordBuilder.Time(e.Fields[1])).ToList();
        CompromisedSince = compromises.Count == 0 ? null : compromises.Min();
    }

    public IssuerProfile? Profile { get; }

    public long? Institution { get; }

    public DateTimeOffset? CompromisedSince { get; }

    /// <summary>Whether the account was accredited, not suspended and inside its window at <paramref name="time"/>, counting the events logged before (block, log).</summary>
    public bool ActiveAt(ulong block, ulong logIndex, DateTimeOffset time)
    {
        var (accredited, suspended, from, until) = (false, false, 0UL, 0UL);
        foreach (var e in _events.Where(e => e.BlockNumber < block || (e.BlockNumber == block && e.LogIndex < logIndex)))
        {
            switch (e.Kind)
            {
                case CheckpointEventKind.IssuerAccredited:
                    (accredited, suspended) = (true, false);
                    (from, until) = (HubRecordBuilder.Number(e.Fields[2]), HubRecordBuilder.Number(e.Fields[3]));
                    break;
                case CheckpointEventKind.IssuerSuspended or CheckpointEventKind.IssuerKeyCompromised:
                    suspended = true;
                    break;
                case CheckpointEventKind.IssuerReinstated:
                    suspended = false;
                    break;
            }
        }

        var seconds = (ulong)time.ToUnixTimeSeconds();
        return accredited && !suspended && from <= seconds && (until == 0 || seconds < until);
    }
}
