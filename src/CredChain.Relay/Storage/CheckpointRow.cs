namespace CredChain.Relay.Storage;

/// <summary>A checkpoint the relay built, with its signed hub transaction (write-ahead: stored before it is sent).</summary>
internal sealed class CheckpointRow
{
    public long Id { get; set; }

    public string MemberKey { get; set; } = "";

    public long Sequence { get; set; }

    public long FromBlock { get; set; }

    public long ToBlock { get; set; }

    public string Root { get; set; } = "";

    public string SourceBlockHash { get; set; } = "";

    public long SourceBlockTime { get; set; }

    public CheckpointState State { get; set; }

    public string TransactionHash { get; set; } = "";

    public long Nonce { get; set; }

    public string RawTransaction { get; set; } = "";

    public List<EntryRow> Entries { get; set; } = [];
}
