namespace CredChain.Relay.Storage;

/// <summary>One member event of a checkpoint, with the columns proofs are looked up by.</summary>
internal sealed class EntryRow
{
    public long Id { get; set; }

    public long CheckpointId { get; set; }

    public string MemberKey { get; set; } = "";

    public int Kind { get; set; }

    public long BlockNumber { get; set; }

    public long LogIndex { get; set; }

    /// <summary>The entry's field words, 64 hex digits each, concatenated.</summary>
    public string Fields { get; set; } = "";

    /// <summary>The account the event is about (lowercase 0x-hex): the issuer, or a rotation's predecessor.</summary>
    public string Subject { get; set; } = "";

    /// <summary>The batch root (0x-hex) of anchoring and revocation events.</summary>
    public string? Root { get; set; }

    /// <summary>The credential (0x-hex) of a credential revocation.</summary>
    public string? TargetHash { get; set; }

    /// <summary>A rotation's successor (lowercase 0x-hex).</summary>
    public string? Other { get; set; }

    /// <summary>An accreditation's names (zh, en, domain) joined by a line feed: the entry commits to their hashes.</summary>
    public string? Texts { get; set; }
}
