using System.Globalization;
using CredChain.Core.Checkpoints;
using CredChain.Core.Hashing;
using CredChain.Relay.Storage;

namespace CredChain.Relay.Following;

/// <summary>Converts entries to and from their stored rows.</summary>
internal static class EntryMapping
{
    public static EntryRow ToRow(string memberKey, RelayEntry relayEntry)
    {
        var entry = relayEntry.Entry;
        return new EntryRow
        {
            MemberKey = memberKey,
            Kind = (int)entry.Kind,
            BlockNumber = checked((long)entry.BlockNumber),
            LogIndex = checked((long)entry.LogIndex),
            Fields = string.Concat(entry.Fields.Select(f => f.ToString()[2..])),
            Subject = relayEntry.Subject,
            Root = relayEntry.Root,
            TargetHash = relayEntry.TargetHash,
            Other = relayEntry.Other,
            Texts = relayEntry.Texts,
        };
    }

    public static CheckpointEntry ToEntry(EntryRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var fields = Enumerable.Range(0, row.Fields.Length / 64)
            .Select(i => Hash32.Parse(string.Create(CultureInfo.InvariantCulture, $"0x{row.Fields.AsSpan(i * 64, 64)}")))
            .ToList();
        return new CheckpointEntry((CheckpointEventKind)row.Kind, (ulong)row.BlockNumber, (ulong)row.LogIndex, fields);
    }
}
